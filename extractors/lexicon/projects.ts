/**
 * Software of the Kubernetes world: projects, components, products, specifications and the
 * community's subprojects. Canonical names as the projects style themselves ("etcd", "CRI-O",
 * "Metrics Server"). Which group owns what is NOT recorded here: ownership must come from the
 * text. Subproject names come from kubernetes/community sigs.yaml (names only).
 */
import type { OrgTerm } from './companies.ts';

export interface ProjectTerm extends OrgTerm {
  /**
   * The name is also an everyday word or phrase ("Community", "Elections", "website"): it counts
   * as a project only next to a cue such as "subproject", "子项目", "サブプロジェクト".
   */
  generic?: boolean;
  /** Everyday-word spellings of a distinctive project ("Blogs", "博客", "website"): need a cue too. */
  genericAliases?: string[];
  /** Case-sensitive spellings of a generic project that need no cue ("PRR" for Production Readiness). */
  distinctAliases?: string[];
  /** Spellings that are also English words ("kind"): matched as written, but not in the word's idioms ("that kind of thing"). */
  wordAliases?: string[];
}

export const PROJECTS: ProjectTerm[] = [
  { name: 'Kubernetes', aliases: ['k8s', 'kubernetes/kubernetes', 'k/k', 'Kuberenetes', 'Kubernates', 'クバネティス', 'クーベネティス'] },
  { name: 'etcd', aliases: ['etcd-io/etcd'] },
  { name: 'etcdctl' },
  { name: 'etcdutl' },
  { name: 'Prow', aliases: ['kubernetes-sigs/prow'] },
  { name: 'TestGrid', aliases: ['testgrid'] },
  { name: 'kubelet' },
  { name: 'kubeadm' },
  { name: 'kubectl' },
  { name: 'kube-apiserver', aliases: ['kube-api-server'] },
  { name: 'kube-scheduler' },
  { name: 'kube-controller-manager' },
  { name: 'kube-proxy' },
  { name: 'cloud-controller-manager', aliases: ['cloud controller manager', 'Cloud Controller Manager', 'CCM'] },
  { name: 'Kind', caseSensitive: true, aliases: ['kubernetes-sigs/kind', 'Kubernetes in Docker'], csAliases: ['KinD', 'KIND'], wordAliases: ['kind'] },
  { name: 'minikube' },
  { name: 'etcdadm', aliases: ['kubernetes-sigs/etcdadm'] },
  { name: 'Image Builder', aliases: ['image-builder', 'kubernetes-sigs/image-builder'] },
  { name: 'Cluster API', aliases: ['cluster-api', 'kubernetes-sigs/cluster-api'], csAliases: ['CAPI'] },
  // Cluster API's infrastructure providers go by their initials as often as by name.
  { name: 'Cluster API Provider AWS', aliases: ['cluster-api-provider-aws'], csAliases: ['CAPA'] },
  { name: 'Cluster API Provider Azure', aliases: ['cluster-api-provider-azure'], csAliases: ['CAPZ'] },
  { name: 'Cluster API Provider vSphere', aliases: ['cluster-api-provider-vsphere'], csAliases: ['CAPV'] },
  { name: 'Cluster API Provider GCP', aliases: ['cluster-api-provider-gcp'], csAliases: ['CAPG'] },
  { name: 'Cluster API Provider OpenStack', aliases: ['cluster-api-provider-openstack'], csAliases: ['CAPO'] },
  { name: 'Cluster API Provider Metal3', aliases: ['cluster-api-provider-metal3'], csAliases: ['CAPM3'] },
  { name: 'CRI-O', aliases: ['cri-o'] },
  { name: 'containerd' },
  { name: 'cAdvisor', aliases: ['cadvisor'] },
  { name: 'Volume Snapshots', aliases: ['volume snapshots', 'volume snapshot', 'volume snapshot APIs', 'volume snapshot API', 'VolumeSnapshot', 'VolumeSnapshots', '卷快照', 'ボリュームスナップショット'] },
  { name: 'runc' },
  { name: 'crun' },
  { name: 'gVisor' },
  { name: 'Kata Containers' },
  { name: 'Clear Containers', aliases: ['Intel Clear Containers'] },
  { name: 'Node Feature Discovery', aliases: ['node-feature-discovery', 'kubernetes-sigs/node-feature-discovery'], csAliases: ['NFD'] },
  { name: 'Wolfi', caseSensitive: true },
  { name: 'MOCO', caseSensitive: true, aliases: ['cybozu-go/moco'] },
  { name: 'Neco', caseSensitive: true, aliases: ['cybozu-go/neco'] },
  { name: 'Podman' },
  { name: 'Buildah' },
  { name: 'CRIU', caseSensitive: true },
  { name: 'Docker Engine', aliases: ['Moby'] },
  { name: 'Dockershim', aliases: ['dockershim'] },
  { name: 'Helm' },
  { name: 'Istio' },
  { name: 'Linkerd' },
  { name: 'Envoy', caseSensitive: true, aliases: ['Envoy Proxy'] },
  { name: 'Knative' },
  { name: 'Argo', caseSensitive: true, aliases: ['argoproj', 'Argo Project'] },
  { name: 'Argo CD', aliases: ['ArgoCD'] },
  { name: 'Argo Workflows' },
  { name: 'Flux', caseSensitive: true, aliases: ['FluxCD', 'Flux CD'] },
  { name: 'Crossplane' },
  { name: 'vcluster', aliases: ['vCluster'] },
  { name: 'kgateway' },
  { name: 'Tetragon' },
  { name: 'Backstage', caseSensitive: true },
  { name: 'CNOE', caseSensitive: true },
  { name: 'Kubescape' },
  { name: 'Xline' },
  { name: 'Xline Operator' },
  { name: 'PipeCD' },
  { name: 'Metrics Server', aliases: ['metrics-server', 'Kubernetes Metrics Server', 'kubernetes-sigs/metrics-server'] },
  { name: 'cert-manager' },
  { name: 'Konnectivity', aliases: ['Konnectivity proxy', 'Konnectivity proxy project', 'apiserver-network-proxy', 'Konnectivity service'] },
  { name: 'KubeFed', aliases: ['Kubernetes Cluster Federation', 'kubefed', 'Federation v2'] },
  { name: 'MCS API', aliases: ['Multicluster Services API', '多集群服务 API', 'Multi-Cluster Services API', 'Multicluster Service API', 'mcs-api', 'SIG Multicluster services'], csAliases: ['MCS'] },
  { name: 'Cluster Registry', aliases: ['cluster-registry'] },
  { name: 'Work API', aliases: ['work-api'] },
  { name: 'About API', aliases: ['about-api', 'ClusterProperty API'] },
  { name: 'Cluster Inventory API', aliases: ['cluster-inventory-api', 'ClusterProfile API'] },
  { name: 'Gateway API', aliases: ['gateway-api', 'Kubernetes Gateway API'] },
  { name: 'Kueue' },
  { name: 'JobSet' },
  { name: 'LeaderWorkerSet', aliases: ['lws'], csAliases: ['LWS'] },
  { name: 'Network Policy API', aliases: ['network-policy-api', 'kubernetes-sigs/network-policy-api'] },
  { name: 'Ingress NGINX', aliases: ['ingress-nginx', 'Ingress-NGINX', 'Ingress NGINX Controller'] },
  // F5's own controller, often confused with the community's Ingress NGINX.
  { name: 'NGINX Ingress Controller', aliases: ['nginxinc/kubernetes-ingress'] },
  { name: 'NGINX Gateway Fabric', aliases: ['nginx-gateway-fabric'] },
  { name: 'Kong Ingress Controller', aliases: ['kong-ingress-controller'] },
  { name: 'Kong Gateway Operator', aliases: ['gateway-operator'] },
  { name: 'Envoy Gateway', aliases: ['envoyproxy/gateway'] },
  { name: 'Contour', caseSensitive: true, aliases: ['projectcontour'] },
  { name: 'Terway' },
  { name: 'kube-router' },
  { name: 'ingress2gateway' },
  // Products that prose names beside people: known, so never read as a person's name.
  { name: 'Active Directory', aliases: ['Microsoft Active Directory'] },
  { name: 'external-snapshotter' },
  { name: 'external-provisioner' },
  { name: 'Trident', aliases: ['NetApp Trident'] },
  // Release engineering tools.
  { name: 'krel' },
  { name: 'bom', caseSensitive: true, aliases: ['kubernetes-sigs/bom'] },
  { name: 'Kubernetes image promoter', aliases: ['kpromo', 'promo-tools', 'image promoter', 'container image promoter'] },
  { name: 'publishing-bot', aliases: ['publishing bot'] },
  { name: 'kubernetes/release', aliases: ['k/release'] },
  { name: 'external-attacher' },
  { name: 'external-resizer' },
  { name: 'node-driver-registrar' },
  { name: 'Container Object Storage Interface', csAliases: ['COSI'], aliases: ['kubernetes-cosi'] },
  { name: 'Node Problem Detector', aliases: ['node-problem-detector', 'node problem detector', 'NPD'] },
  // Well-known features, written as names in feature blogs and KEPs.
  { name: 'In-place Pod Resize', aliases: ['in-place pod resize', 'In-Place Pod Resize', 'in-place pod resizing', 'In-Place Pod Vertical Scaling', 'in-place pod vertical scaling'] },
  { name: 'Sidecar Containers', aliases: ['sidecar containers', 'native sidecars', 'native sidecar containers'] },
  { name: 'Pod Security Admission', aliases: ['pod security admission'], csAliases: ['PSA'] },
  { name: 'Gateway API Inference Extension', aliases: ['gateway-api-inference-extension', 'Inference Extension', 'inference extension', 'Gateway API inference extension', '推理扩展'], csAliases: ['GIE'] },
  { name: 'KMS v2', aliases: ['KMSv2', 'KMS V2', 'KMS v2 encryption'] },
  { name: 'Pod Certificates', aliases: ['pod certificates', 'PodCertificateRequest', 'Pod Certificate'] },
  { name: 'Bound Service Account Tokens', aliases: ['bound service account tokens', 'bound service account token', 'Bound Service Account Token', 'バウンドサービスアカウントトークン'] },
  { name: 'Structured Authorization Configuration', aliases: ['structured authorization configuration', 'StructuredAuthorizationConfiguration'] },
  { name: 'Structured Authentication Configuration', aliases: ['structured authentication configuration', 'StructuredAuthenticationConfiguration'] },
  { name: 'User Namespaces', aliases: ['user namespaces', 'user namespace support'] },
  { name: 'Pod Scheduling Readiness', aliases: ['pod scheduling readiness', 'scheduling gates'] },
  { name: 'Image Volumes', aliases: ['image volumes', 'OCI Volume Source', 'image volume source'] },
  { name: 'Contextual Logging', aliases: ['contextual logging'] },
  { name: 'ValidatingAdmissionPolicy', aliases: ['Validating Admission Policy', 'ValidatingAdmissionPolicies'], csAliases: ['VAP'] },
  { name: 'MutatingAdmissionPolicy', aliases: ['Mutating Admission Policy', 'MutatingAdmissionPolicies'] },
  { name: 'API Priority and Fairness', aliases: ['API Priority & Fairness', 'APIPriorityAndFairness'], csAliases: ['APF'] },
  { name: 'Server-Side Apply', aliases: ['server-side apply', 'Server-side Apply', 'Server Side Apply', 'サーバーサイドアプライ'], csAliases: ['SSA'] },
  { name: 'Policy Reports API', aliases: ['Policy Report API', 'PolicyReport API', 'policy reports API'] },
  { name: 'Dynamic Resource Allocation', aliases: ['动态资源分配', '動的リソース割り当て'], csAliases: ['DRA'] },
  // kubelet components that contributors name as their area of work.
  { name: 'Topology Manager', aliases: ['topology manager'] },
  // The project's own infrastructure (SIG K8s Infra): distinctive enough to need no cue.
  { name: 'registry.k8s.io' },
  { name: 'k8s.io', aliases: ['kubernetes/k8s.io'] },
  // Workload APIs and their controllers (SIG Apps). "Job" and "Deployment" are everyday words: capitalised only.
  { name: 'Job controller', aliases: ['job controller', 'Job 控制器', 'Jobコントローラー'] },
  { name: 'CronJob controller', aliases: ['cronjob controller', 'CronJob 控制器', 'CronJobコントローラー'] },
  { name: 'Job', csAliases: ['Jobs', 'Job API', 'Jobs API'], caseSensitive: true },
  { name: 'CronJob', aliases: ['CronJobs'] },
  { name: 'Deployment', aliases: ['Deployments'], caseSensitive: true },
  { name: 'StatefulSet', aliases: ['StatefulSets', 'StatefulSet controller', 'StatefulSet 控制器', 'StatefulSetコントローラー'] },
  { name: 'DaemonSet', aliases: ['DaemonSets', 'DaemonSet controller'] },
  { name: 'ReplicaSet', aliases: ['ReplicaSets'] },
  { name: 'CPU Manager', aliases: ['cpu manager', 'CPU manager'] },
  { name: 'Memory Manager', aliases: ['memory manager'] },
  { name: 'Sonobuoy' },
  { name: 'ClusterLoader2', aliases: ['clusterloader2', 'Cluster Loader 2'] },
  { name: 'kubemark', aliases: ['Kubemark'] },
  { name: 'perf-tests', aliases: ['kubernetes/perf-tests'] },
  { name: 'kpng', aliases: ['kubernetes-sigs/kpng'] },
  { name: 'NetworkPolicy++' },
  { name: 'GKE', caseSensitive: true, aliases: ['Google Kubernetes Engine'] },
  { name: 'GDC', caseSensitive: true, aliases: ['Google Distributed Cloud'] },
  { name: 'EKS', caseSensitive: true, aliases: ['Amazon EKS', 'Amazon Elastic Kubernetes Service', 'Elastic Kubernetes Service'] },
  { name: 'AKS', caseSensitive: true, aliases: ['Azure Kubernetes Service'] },
  { name: 'ACK', caseSensitive: true, aliases: ['Container Service for Kubernetes', 'Alibaba Cloud Container Service for Kubernetes', '阿里云容器服务 ACK'] },
  { name: 'TKE', caseSensitive: true, aliases: ['Tencent Kubernetes Engine'] },
  { name: 'DOKS', caseSensitive: true, aliases: ['DigitalOcean Kubernetes'] },
  { name: 'Windows CSI proxy', aliases: ['csi-proxy', 'CSI Proxy', 'CSI proxy'] },
  { name: 'CSI sidecars', aliases: ['CSI sidecar', 'CSI sidecar containers'] },
  { name: 'Azure Disk CSI driver', aliases: ['Azure Disk', 'azuredisk-csi-driver'] },
  { name: 'Azure File CSI driver', aliases: ['Azure File', 'Azure Files', 'azurefile-csi-driver'] },
  { name: 'ECS', caseSensitive: true, aliases: ['AWS ECS', 'Amazon ECS'] },
  { name: 'OpenShift', aliases: ['Red Hat OpenShift'] },
  { name: 'CSI', caseSensitive: true, aliases: ['Container Storage Interface'] },
  { name: 'CNI', caseSensitive: true, aliases: ['Container Network Interface'] },
  { name: 'CRI', caseSensitive: true, aliases: ['Container Runtime Interface'] },
  { name: 'Kubernetes Structured Logging', aliases: ['Structured Logging', 'Kubernetes Structured Logging effort', 'structured logging'] },
  { name: 'Contextual Logging', caseSensitive: true },
  { name: 'k8s.dev', aliases: ['kubernetes.dev', 'www.kubernetes.dev', 'Kubernetes Contributor Site', 'contributor-site'] },
  { name: 'Kubernetes Blog', aliases: ['kubernetes-blog', 'Kubernetes blog'], genericAliases: ['Blogs', 'Blog', '博客', 'ブログ'] },
  { name: 'Kubernetes Website', aliases: ['kubernetes/website', 'kubernetes.io', 'Kubernetes website'], genericAliases: ['website', 'Website', '网站', 'ウェブサイト'] },
  { name: 'Devstats', aliases: ['DevStats', 'k8s.devstats.cncf.io'] },
  { name: 'cloud-provider-aws', aliases: ['kubernetes/cloud-provider-aws'] },
  { name: 'cloud-provider-gcp', aliases: ['kubernetes/cloud-provider-gcp'] },
  { name: 'cloud-provider-azure', aliases: ['kubernetes-sigs/cloud-provider-azure'] },
  { name: 'Kubernetes Cloud Provider', aliases: ['kubernetes-cloud-provider', 'cloud provider framework', 'cloud-provider framework', 'k8s.io/cloud-provider'] },
  { name: 'Cloud Provider Extraction/Migration', aliases: ['cloud-provider-extraction-migration', 'extraction/migration project', 'extraction and migration project', 'extraction and migration subproject', 'extraction/migration subproject'], genericAliases: ['extraction and migration', 'extraction/migration'] },
  { name: 'Release Team', aliases: ['Kubernetes Release Team', 'release-team', 'リリースチーム', '发布团队', 'Release-Team'] },
  { name: 'Release Engineering', aliases: ['release-engineering', 'Release-Engineering', 'リリースエンジニアリング', '发布工程'] },
  { name: 'Kubernetes Contributor Summit', aliases: ['Contributor Summit'] },
  { name: 'New Contributor Workshop' },
  { name: 'Upstream Marketing' },
  { name: 'Contributor Comms', aliases: ['Contributor Communications', 'contributor-comms', 'Contributor-comms'] },
  { name: 'Contributor Playground', aliases: ['contributor-playground', 'kubernetes-sigs/contributor-playground'] },
  { name: 'contributor-katacoda', aliases: ['kubernetes-sigs/contributor-katacoda'] },
  { name: 'CNCF Students Program', aliases: ['Cloud Native Students'] },
  { name: 'CNCF Glossary', aliases: ['Cloud Native Glossary', 'glossary.cncf.io'] },
  { name: 'CNCF Landscape Guide', aliases: ['Landscape Guide'] },
  { name: 'CNCF Landscape', aliases: ['Cloud Native Landscape'] },
  { name: 'Fabric8 Kubernetes Client', aliases: ['fabric8io kubernetes-client', 'fabric8io/kubernetes-client', 'fabric8 kubernetes-client'] },
  { name: 'client-go' },
  { name: 'kube-openapi', aliases: ['kubernetes/kube-openapi'] },
  { name: 'structured-merge-diff', aliases: ['kubernetes-sigs/structured-merge-diff'] },
  { name: 'code-generator', aliases: ['kubernetes/code-generator'] },
  { name: 'kube-aggregator', aliases: ['kubernetes/kube-aggregator'] },
  { name: 'apimachinery', aliases: ['kubernetes/apimachinery', 'k8s.io/apimachinery'] },
  { name: 'controller-runtime' },
  { name: 'Kubebuilder' },
  { name: 'Kustomize', aliases: ['kustomize'] },
  { name: 'Krew', aliases: ['krew'] },
  { name: 'kui' },
  { name: 'Kompose', aliases: ['kompose'] },
  { name: 'Karpenter', aliases: ['karpenter', 'kubernetes-sigs/karpenter'] },
  { name: 'kube-bench' },
  { name: 'hcsshim' },
  { name: 'KubeFleet' },
  { name: 'Packer', caseSensitive: true },
  { name: 'Tide', caseSensitive: true },
  { name: 'OpenTelemetry Collector', aliases: ['OTel Collector'] },
  { name: 'Deployment controller', aliases: ['Deploymentコントローラー', 'Deployment 控制器'] },
  { name: 'Job controller', aliases: ['Jobコントローラー', 'Job 控制器'] },
  { name: 'KWOK', aliases: ['kwok'] },
  { name: 'Descheduler', aliases: ['descheduler'] },
  { name: 'Boskos', aliases: ['boskos'] },
  { name: 'Hydrophone', aliases: ['hydrophone'] },
  { name: 'Cluster Autoscaler', aliases: ['cluster-autoscaler'] },
  { name: 'Vertical Pod Autoscaler', aliases: ['vertical-pod-autoscaler'], csAliases: ['VPA'] },
  { name: 'Horizontal Pod Autoscaler', aliases: ['horizontal-pod-autoscaler', 'HPA controller', 'Horizontal Pod Autoscaler controller'], csAliases: ['HPA'] },
  { name: 'kube-state-metrics', csAliases: ['KSM'] },
  { name: 'kOps', aliases: ['kops'] },
  { name: 'Kubespray', aliases: ['kubespray'] },
  { name: 'klog' },
  { name: 'CEL', caseSensitive: true, aliases: ['Common Expression Language'] },
  { name: 'Ginkgo', caseSensitive: true },
  { name: 'Gomega', caseSensitive: true },
  { name: 'Kubetest', aliases: ['kubetest'] },
  { name: 'Hugo', caseSensitive: true },
  { name: 'Kubernetes Dashboard' },
  { name: 'Headlamp', aliases: ['headlamp'] },
  { name: 'KubeEdge' },
  { name: 'Karmada' },
  { name: 'Volcano', caseSensitive: true },
  { name: 'OpenKruise', aliases: ['Kruise'] },
  { name: 'Kruise Rollout', aliases: ['kruise-rollout', 'Kruise Rollouts'] },
  { name: 'KubeVirt' },
  { name: 'Kubeflow' },
  { name: 'KEDA', caseSensitive: true },
  { name: 'Dapr' },
  { name: 'Tekton' },
  { name: 'Jenkins X' },
  { name: 'Spinnaker' },
  { name: 'Keptn' },
  { name: 'Cilium' },
  { name: 'Antrea' },
  { name: 'Multus', aliases: ['Multus CNI'] },
  { name: 'MetalLB' },
  { name: 'kube-vip' },
  { name: 'Traefik' },
  { name: 'Emissary-ingress', aliases: ['Emissary Ingress'] },
  { name: 'KServe' },
  { name: 'vLLM' },
  { name: 'llm-d' },
  { name: 'KubeRay' },
  { name: 'Ray', caseSensitive: true },
  { name: 'AIBrix' },
  { name: 'Dynamo', caseSensitive: true, aliases: ['NVIDIA Dynamo'] },
  { name: 'Third Party Security Audit', aliases: ['Third-Party Security Audit', 'third-party security audit', 'Third Party Security Audit subproject', 'security-audit'] },
  { name: 'Chainer', caseSensitive: true },
  { name: 'Optuna', caseSensitive: true },
  { name: 'Docsy', caseSensitive: true },
  { name: 'TopoLVM' },
  { name: 'Zalo', caseSensitive: true },
  { name: 'Triton Inference Server', aliases: ['Triton'] },
  { name: 'Training Operator', aliases: ['Kubeflow Training Operator'] },
  { name: 'Katib' },
  { name: 'KAI Scheduler', caseSensitive: true },
  { name: 'Kepler', caseSensitive: true },
  { name: 'OpenYurt' },
  { name: 'Koordinator', caseSensitive: true },
  { name: 'Dragonfly', caseSensitive: true },
  { name: 'HAMi', caseSensitive: true },
  { name: 'Kmesh' },
  { name: 'SPIFFE', caseSensitive: true },
  { name: 'SPIRE', caseSensitive: true },
  { name: 'Sigstore' },
  { name: 'cosign', aliases: ['Cosign'] },
  { name: 'in-toto' },
  { name: 'PyTorch' },
  { name: 'TensorFlow' },
  { name: 'NVIDIA GPU Operator', aliases: ['GPU Operator'] },
  { name: 'Calico', caseSensitive: true },
  { name: 'Flannel', caseSensitive: true },
  { name: 'Falco', caseSensitive: true },
  { name: 'Trivy' },
  { name: 'Harbor', caseSensitive: true },
  { name: 'Rook', caseSensitive: true },
  { name: 'Longhorn', caseSensitive: true },
  { name: 'Velero' },
  { name: 'Container Storage Modules', aliases: ['Dell Container Storage Modules', 'Dell CSM'] },
  { name: 'vSphere CSI Driver', aliases: ['vsphere-csi-driver', 'vSphere CSI driver', 'vSphere CSIドライバー', 'vSphere CSI 驱动'] },
  { name: 'Vitess' },
  { name: 'Jaeger', caseSensitive: true },
  { name: 'Prometheus', caseSensitive: true },
  { name: 'OpenTelemetry', aliases: ['OTel'] },
  { name: 'Fluentd' },
  { name: 'Fluent Bit' },
  { name: 'Thanos', caseSensitive: true },
  { name: 'Cortex', caseSensitive: true },
  { name: 'CoreDNS' },
  { name: 'ExternalDNS', aliases: ['external-dns', 'External DNS', 'kubernetes-sigs/external-dns'] },
  { name: 'NodeLocal DNSCache', aliases: ['node-local-dns', 'NodeLocal DNS', 'nodelocaldns', 'NodeLocalDNS'] },
  { name: 'Open Policy Agent', csAliases: ['OPA'] },
  { name: 'Gatekeeper', caseSensitive: true },
  { name: 'Kyverno' },
  { name: 'K3s', aliases: ['k3s'] },
  { name: 'k0s', caseSensitive: true },
  { name: 'k0smotron', caseSensitive: true },
  { name: 'Lens', caseSensitive: true, aliases: ['Lens IDE'] },
  { name: 'Rancher', caseSensitive: true, aliases: ['Rancher Manager'] },
  { name: 'MicroK8s' },
  { name: 'Submariner' },
  { name: 'Skupper' },
  { name: 'Open Cluster Management', csAliases: ['OCM'] },
  { name: 'Clusternet' },
  { name: 'Clusterpedia' },
  { name: 'Kubean' },
  { name: 'KubeOne', aliases: ['Kubermatic KubeOne'] },
  { name: 'Kubermatic Kubernetes Platform', aliases: ['KKP'] },
  { name: 'Higress' },
  { name: 'Grafana Loki', csAliases: ['Loki'] },
  { name: 'Grafana Tempo', csAliases: ['Tempo'] },
  { name: 'Grafana Alloy', csAliases: ['Alloy'] },
  { name: 'Istio ambient mode', aliases: ['ambient mode', 'Istio ambient', 'ambient 模式', 'ambientモード', 'アンビエントモード'] },
  { name: 'Envoy AI Gateway' },
  { name: 'ztunnel' },
  { name: 'GAMMA', caseSensitive: true, aliases: ['GAMMA initiative', 'Gateway API for Mesh Management and Administration'] },
  { name: 'csi-driver-nfs', aliases: ['NFS CSI driver', 'kubernetes-csi/csi-driver-nfs'] },
  { name: 'kubectl debug', caseSensitive: true },
  { name: 'kubectl events', caseSensitive: true },
  { name: 'kubectl-convert', aliases: ['kubectl convert'] },
  { name: 'Grafana Mimir', csAliases: ['Mimir'] },
  { name: 'Operator SDK', aliases: ['operator-sdk', 'Operator Framework SDK'] },
  { name: 'libnetwork' },
  { name: 'kpt', caseSensitive: true },
  { name: 'Elastic Common Schema' },
  { name: 'Docker Desktop' },
  { name: 'SOFAStack' },
  { name: 'Spiderpool' },
  { name: 'Kubernetes Upstream Training', aliases: ['Kubernetes Upstream Training in Japan', 'Upstream Training'] },
  { name: 'KEP', caseSensitive: true, generic: true, aliases: ['Kubernetes Enhancement Proposals'] },
  { name: 'ABIDE', caseSensitive: true },
  { name: 'Deaf in Cloud Native' },
  { name: 'Apache Spark', csAliases: ['Spark'] },
  { name: 'Apache Pulsar', csAliases: ['Pulsar'] },
  { name: 'Apache BookKeeper', aliases: ['BookKeeper', 'Bookkeeper'] },
  { name: 'Apache APISIX', aliases: ['APISIX'] },
  { name: 'Terraform' },
  { name: 'Lambda', caseSensitive: true, aliases: ['AWS Lambda'] },
  { name: 'Cloud Run', caseSensitive: true },
  { name: 'bbolt' },
  { name: 'raft', caseSensitive: true, generic: true, aliases: ['etcd-io/raft', 'raft library'] },
  { name: 'Localization', generic: true, aliases: ['localization', 'l10n', '本地化', 'ローカライゼーション', 'ローカライズ'] },
  { name: 'Community', generic: true },
  { name: 'Community Management', generic: true },
  { name: 'Contributors Documentation', generic: true, aliases: ['contributors-documentation', 'Contributor Documentation'] },
  { name: 'Elections', generic: true },
  { name: 'Events', generic: true },
  { name: 'GitHub Management', generic: true, aliases: ['github-management'] },
  { name: 'Mentoring', generic: true, aliases: ['mentoring', 'メンタリング'] },
  { name: 'SIGs GitHub Actions', aliases: ['sigs-github-actions'] },
  { name: 'Slack Infra', aliases: ['slack-infra'] },
  { name: 'reference-docs', aliases: ['kubernetes-sigs/reference-docs', 'Reference Docs'] },
  { name: 'APISnoop', aliases: ['apisnoop'] },
  // "one of the PRR approvers": the review is known by its initials.
  { name: 'Production Readiness', generic: true, aliases: ['production-readiness'], distinctAliases: ['Production Readiness Review', 'PRR'] },
  { name: 'depstat', caseSensitive: true },
  { name: 'Kubewarden' },
  // GitHub and Slack administration tools of the community.
  { name: 'peribolos', aliases: ['Peribolos'] },
  { name: 'Tempelis', caseSensitive: true },
  { name: 'Tortoise', caseSensitive: true, aliases: ['mercari/tortoise'] },
  { name: 'Gardener', caseSensitive: true },
  { name: 'SUSE CaaS Platform', aliases: ['SUSE Container as a Service Platform'] },
  { name: 'Open Build Service', aliases: ['openbuildservice.org'], csAliases: ['OBS'] },
  { name: 'pkgs.k8s.io', aliases: ['Kubernetes package repositories', 'community-owned package repositories'] },
  { name: 'logcheck' },
  { name: 'Scheduling Framework', aliases: ['scheduling framework', 'scheduler framework'] },
  { name: 'Coscheduling', caseSensitive: true, aliases: ['coscheduling plugin'] },
  { name: 'Forensic Container Checkpointing' },
  { name: 'Declarative Node Maintenance' },
];

/** Subproject folders of kubernetes/community (sigs.yaml); names only, no ownership. */
export const SUBPROJECT_NAMES: string[] = (
  'cel-admission-webhook component-base control-plane-features crdify idl-schema-client-pipeline json kube-api-linter ' +
  'kubernetes-clients server-api-aggregation server-binaries server-crd server-frameworks server-sdk universal-machinery yaml ' +
  'agent-devops agent-sandbox application examples execution-hook kjob kompose workloads-api ' +
  'admission-policies ai-conformance apisnoop architecture-and-api-governance code-organization conformance-definition ' +
  'enhancements maintainer-tools production-readiness ' +
  'audit-logging authenticators authorizers certificates encryption-at-rest node-identity-and-isolation policy-management ' +
  'secrets-store-csi-driver secrets-store-sync-controller service-accounts sig-auth-tools ' +
  'addon-resizer cluster-autoscaler horizontal-pod-autoscaler karpenter vertical-pod-autoscaler ' +
  'cli-experimental cli-sdk cli-utils krew krew-index kubectl kubectl-validate kustomize ' +
  'cloud-provider-extraction-migration kro kubernetes-cloud-provider provider-alibaba-cloud provider-aws provider-azure ' +
  'provider-gcp provider-huaweicloud provider-ibmcloud provider-oci provider-openstack provider-vsphere ' +
  'cluster-addons cluster-api cluster-api-addon-provider-helm cluster-api-ipam-provider-in-cluster cluster-api-operator ' +
  'cluster-api-provider-aws cluster-api-provider-azure cluster-api-provider-cloudstack cluster-api-provider-digitalocean ' +
  'cluster-api-provider-gcp cluster-api-provider-ibmcloud cluster-api-provider-kubemark cluster-api-provider-kubevirt ' +
  'cluster-api-provider-openstack cluster-api-provider-vsphere image-builder kOps karpenter-provider-cluster-api kubeadm ' +
  'kubespray minikube ' +
  'community community-management contributor-comms contributors-documentation devstats elections events ' +
  'github-management mentoring slack-infra ' +
  'kubernetes-blog localization reference-docs website ' +
  'auger bbolt cetcd dbtester discovery.etcd.io discoveryserver etcd etcd-manager etcd-operator etcd-play etcdlabs gofail ' +
  'govanityurls jetcd maintainers protodoc raft zetcd ' +
  'custom-metrics-apiserver instrumentation instrumentation-addons instrumentation-tools klog kube-state-metrics ' +
  'metric-stability-framework metrics metrics-server prometheus-adapter resource-state-metrics usage-metrics-collector ' +
  'community-images k8s-infra-dns k8s-infra-groups k8s.io porche registry.k8s.io ' +
  'about-api cluster-inventory-api mcs-api multicluster-runtime sig-multicluster-site work-api ' +
  'cluster-proportional-autoscaler cluster-proportional-vertical-autoscaler external-dns gateway-api ' +
  'gateway-api-inference-extension ingress iptables-wrappers kindnet knftables kube-agentic-networking kube-dns ' +
  'kubernetes-network-drivers multi-network network-policy node-ipam-controller node-local-dns pod-networking ' +
  'ci-testing cri-api cri-client cri-streaming cri-tools dra-driver-google-tpu dra-driver-nvidia-gpu ' +
  'kernel-module-management kubelet node-api node-feature-discovery node-problem-detector node-readiness-controller ' +
  'resource-management security-profiles-operator streaming ' +
  'Release-Engineering Release-Team SIG-Release-Process-Documentation ' +
  'inference-perf kubernetes-scalability-and-performance-tests-and-validation kubernetes-scalability-bottlenecks-detection ' +
  'kubernetes-scalability-definition kubernetes-scalability-governance kubernetes-scalability-test-frameworks ' +
  'cluster-capacity descheduler dra-driver-topology kube-scheduler-simulator kube-scheduler-wasm-extension kueue kwok ' +
  'scheduler scheduler-library scheduler-plugins ' +
  'security-audit security-docs security-self-assessments security-tooling ' +
  'external-snapshot-metadata external-storage git-sync gluster-provisioner kubernetes-cosi kubernetes-csi mount-utils ' +
  'nfs-provisioner volume-populators volumes ' +
  'boskos e2e-framework hydrophone kind kubetest2 prow randfill test-infra testgrid testing-commons ' +
  'headlamp windows-gmsa windows-operational-readiness windows-samples windows-service-proxy windows-testing windows-tools'
).split(' ');

/** Everyday words: a subproject whose name is made only of these needs a cue to count as a project. */
export const COMMON_WORDS = new Set(
  (
    'a and api application architecture at audit authenticators authorizers certificates ci cli client clients cluster ' +
    'code community conformance control definition docs documentation encryption engineering enhancements events ' +
    'examples experimental features framework frameworks governance identity images in infra ' +
    'ingress instrumentation isolation json kubernetes library maintainer maintainers management metrics multi ' +
    'network networking node organization plane plugins pod policy process production readiness release ' +
    'resource rest sdk server service accounts sig scheduler security streaming team testing tests tools tooling ' +
    'universal machinery utils validation volumes website workloads yaml addons add-ons mentoring elections ' +
    'localization contributor contributors communications comms slack github'
  ).split(' '),
);
