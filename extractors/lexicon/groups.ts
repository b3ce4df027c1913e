/**
 * Kubernetes community groups: the official list (kubernetes/community sigs.yaml) plus groups
 * that have been retired or renamed, so that older articles resolve too. Canonical names follow
 * the spec: "SIG etcd", "WG etcd Operator", "Steering Committee".
 */
import type { SigKind } from '../../src/extraction/types.ts';

export interface GroupTerm {
  kind: SigKind;
  /** Folder in kubernetes/community, also used as an alias ("sig-etcd"). */
  dir: string;
  /** Canonical name. */
  name: string;
  /** The name without its kind prefix ("etcd", "API Machinery"). */
  short: string;
  /** Other ways articles write it ("ContribEx", "K8s Infra"), without the kind prefix. */
  aliases?: string[];
  retired?: boolean;
}

export const GROUPS: GroupTerm[] = [
  { kind: "sig", dir: "sig-api-machinery", name: "SIG API Machinery", short: "API Machinery" },
  { kind: "sig", dir: "sig-apps", name: "SIG Apps", short: "Apps" },
  { kind: "sig", dir: "sig-architecture", name: "SIG Architecture", short: "Architecture" },
  { kind: "sig", dir: "sig-auth", name: "SIG Auth", short: "Auth" },
  { kind: "sig", dir: "sig-autoscaling", name: "SIG Autoscaling", short: "Autoscaling" },
  { kind: "sig", dir: "sig-cli", name: "SIG CLI", short: "CLI" },
  { kind: "sig", dir: "sig-cloud-provider", name: "SIG Cloud Provider", short: "Cloud Provider" },
  { kind: "sig", dir: "sig-cluster-lifecycle", name: "SIG Cluster Lifecycle", short: "Cluster Lifecycle" },
  { kind: "sig", dir: "sig-contributor-experience", name: "SIG Contributor Experience", short: "Contributor Experience" },
  { kind: "sig", dir: "sig-docs", name: "SIG Docs", short: "Docs" },
  { kind: "sig", dir: "sig-etcd", name: "SIG etcd", short: "etcd" },
  { kind: "sig", dir: "sig-instrumentation", name: "SIG Instrumentation", short: "Instrumentation" },
  { kind: "sig", dir: "sig-k8s-infra", name: "SIG K8s Infra", short: "K8s Infra" },
  { kind: "sig", dir: "sig-multicluster", name: "SIG Multicluster", short: "Multicluster" },
  { kind: "sig", dir: "sig-network", name: "SIG Network", short: "Network" },
  { kind: "sig", dir: "sig-node", name: "SIG Node", short: "Node" },
  { kind: "sig", dir: "sig-release", name: "SIG Release", short: "Release" },
  { kind: "sig", dir: "sig-scalability", name: "SIG Scalability", short: "Scalability" },
  { kind: "sig", dir: "sig-scheduling", name: "SIG Scheduling", short: "Scheduling" },
  { kind: "sig", dir: "sig-security", name: "SIG Security", short: "Security" },
  { kind: "sig", dir: "sig-storage", name: "SIG Storage", short: "Storage" },
  { kind: "sig", dir: "sig-testing", name: "SIG Testing", short: "Testing" },
  { kind: "sig", dir: "sig-ui", name: "SIG UI", short: "UI" },
  { kind: "sig", dir: "sig-windows", name: "SIG Windows", short: "Windows" },
  { kind: "wg", dir: "wg-ai-gateway", name: "WG AI Gateway", short: "AI Gateway" },
  { kind: "wg", dir: "wg-batch", name: "WG Batch", short: "Batch" },
  { kind: "wg", dir: "wg-checkpoint-restore", name: "WG Checkpoint Restore", short: "Checkpoint Restore" },
  { kind: "wg", dir: "wg-data-protection", name: "WG Data Protection", short: "Data Protection" },
  { kind: "wg", dir: "wg-device-management", name: "WG Device Management", short: "Device Management" },
  { kind: "wg", dir: "wg-etcd-operator", name: "WG etcd Operator", short: "etcd Operator" },
  { kind: "wg", dir: "wg-node-lifecycle", name: "WG Node Lifecycle", short: "Node Lifecycle" },
  { kind: "wg", dir: "wg-workload-aware-scheduling", name: "WG Workload-aware Scheduling", short: "Workload-aware Scheduling" },
  { kind: "committee", dir: "committee-code-of-conduct", name: "Code of Conduct Committee", short: "Code of Conduct" },
  { kind: "committee", dir: "committee-security-response", name: "Security Response Committee", short: "Security Response" },
  { kind: "committee", dir: "committee-steering", name: "Steering Committee", short: "Steering" },
  // Retired or renamed groups that older articles still mention.
  { kind: 'sig', dir: 'sig-service-catalog', name: 'SIG Service Catalog', short: 'Service Catalog', retired: true },
  { kind: 'sig', dir: 'sig-usability', name: 'SIG Usability', short: 'Usability', retired: true },
  { kind: 'sig', dir: 'sig-big-data', name: 'SIG Big Data', short: 'Big Data', retired: true },
  { kind: 'sig', dir: 'sig-cluster-ops', name: 'SIG Cluster Ops', short: 'Cluster Ops', retired: true },
  { kind: 'sig', dir: 'sig-aws', name: 'SIG AWS', short: 'AWS', retired: true },
  { kind: 'sig', dir: 'sig-azure', name: 'SIG Azure', short: 'Azure', retired: true },
  { kind: 'sig', dir: 'sig-gcp', name: 'SIG GCP', short: 'GCP', retired: true },
  { kind: 'sig', dir: 'sig-ibmcloud', name: 'SIG IBMCloud', short: 'IBMCloud', retired: true },
  { kind: 'sig', dir: 'sig-openstack', name: 'SIG OpenStack', short: 'OpenStack', retired: true },
  { kind: 'sig', dir: 'sig-vmware', name: 'SIG VMware', short: 'VMware', retired: true },
  { kind: 'wg', dir: 'wg-structured-logging', name: 'WG Structured Logging', short: 'Structured Logging', retired: true },
  { kind: 'wg', dir: 'wg-policy', name: 'WG Policy', short: 'Policy', retired: true },
  { kind: 'wg', dir: 'wg-multitenancy', name: 'WG Multitenancy', short: 'Multitenancy', aliases: ['Multi-Tenancy'], retired: true },
  { kind: 'wg', dir: 'wg-reliability', name: 'WG Reliability', short: 'Reliability', retired: true },
  { kind: 'wg', dir: 'wg-serving', name: 'WG Serving', short: 'Serving', retired: true },
  { kind: 'wg', dir: 'wg-lts', name: 'WG LTS', short: 'LTS', aliases: ['Long Term Support'], retired: true },
  { kind: 'wg', dir: 'wg-api-expression', name: 'WG API Expression', short: 'API Expression', retired: true },
  { kind: 'wg', dir: 'wg-component-standard', name: 'WG Component Standard', short: 'Component Standard', retired: true },
  { kind: 'wg', dir: 'wg-naming', name: 'WG Naming', short: 'Naming', retired: true },
  { kind: 'wg', dir: 'wg-iot-edge', name: 'WG IoT Edge', short: 'IoT Edge', retired: true },
  { kind: 'wg', dir: 'wg-k8s-infra', name: 'WG K8s Infra', short: 'K8s Infra', retired: true },
  { kind: 'wg', dir: 'wg-machine-learning', name: 'WG Machine Learning', short: 'Machine Learning', retired: true },
  { kind: 'wg', dir: 'wg-security-audit', name: 'WG Security Audit', short: 'Security Audit', retired: true },
  { kind: 'wg', dir: 'wg-apply', name: 'WG Apply', short: 'Apply', retired: true },
  { kind: 'wg', dir: 'wg-resource-management', name: 'WG Resource Management', short: 'Resource Management', retired: true },
  { kind: 'wg', dir: 'wg-container-identity', name: 'WG Container Identity', short: 'Container Identity', retired: true },
];

/** Extra spellings of current groups, keyed by canonical name. */
const EXTRA_ALIASES: Record<string, string[]> = {
  'SIG Contributor Experience': ['ContribEx', 'Contrib-Ex', 'Contribex', 'Contrib Ex', 'Contributor Experience', 'contribex'],
  'SIG Architecture': ['Arch'],
  'SIG Docs': ['Documentation'],
  'SIG Network': ['Networking'],
  'WG etcd Operator': ['etcd-operator'],
  'SIG K8s Infra': ['K8s Infra', 'Kubernetes Infra', 'Kubernetes Infrastructure', 'k8s-infra'],
  'SIG API Machinery': ['API Machinery', 'apimachinery', 'api-machinery'],
  'SIG Cluster Lifecycle': ['Cluster Lifecycle', 'cluster-lifecycle'],
  'SIG Cloud Provider': ['Cloud Provider', 'cloud-provider'],
  'SIG Multicluster': ['Multicluster', 'Multi-Cluster', 'MultiCluster'],
  'Steering Committee': ['Steering', 'Kubernetes Steering Committee'],
  'Code of Conduct Committee': ['Code of Conduct', 'CoCC'],
  'Security Response Committee': ['Security Response', 'SRC', 'PSC', 'Product Security Committee'],
};

for (const group of GROUPS) {
  const extra = EXTRA_ALIASES[group.name];
  if (extra) group.aliases = [...(group.aliases ?? []), ...extra];
}

/**
 * Spellings distinctive enough to name a group without "SIG"/"WG" next to them
 * ("involved in ContribEx"); case-sensitive. Everything else needs its kind word or folder form.
 */
export const STANDALONE_ALIASES: Record<string, string> = {
  ContribEx: 'SIG Contributor Experience',
  'Contrib-Ex': 'SIG Contributor Experience',
  Contribex: 'SIG Contributor Experience',
  'Kubernetes Steering Committee': 'Steering Committee',
  'Product Security Committee': 'Security Response Committee',
  CoCC: 'Code of Conduct Committee',
  // Community shorthand, always capitalised: "elected to Steering", "SRCのメンバー".
  Steering: 'Steering Committee',
  SRC: 'Security Response Committee',
  指导委员会: 'Steering Committee',
  ステアリングコミッティ: 'Steering Committee',
  ステアリング委員会: 'Steering Committee',
  行为准则委员会: 'Code of Conduct Committee',
  行動規範委員会: 'Code of Conduct Committee',
  安全响应委员会: 'Security Response Committee',
  安全回应委员会: 'Security Response Committee',
  セキュリティレスポンス委員会: 'Security Response Committee',
  セキュリティ対応委員会: 'Security Response Committee',
};
