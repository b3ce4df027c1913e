/**
 * The community registry (kubernetes/community `sigs.yaml`) as a source of kind `registry`:
 * groups with their chairs, tech leads and emeritus leads, people's companies, subprojects and
 * their leads, working groups' stakeholder SIGs. Evidence offsets point at the YAML entry that
 * states each fact, so a registry fact is as traceable as an article's.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { SigKind } from '../extraction/types.ts';
import { sourceId, type Predicate } from './model.ts';
import { SourceError, type EndpointRef, type SourceEntity, type SourceFacts, type SourceTriple } from './source-facts.ts';

/** Top-level lists of sigs.yaml and how their groups are named ("SIG etcd", "WG Batch", "Steering Committee"). */
const SECTIONS: Array<{ key: string; kind: SigKind; name: (short: string) => string }> = [
  { key: 'sigs', kind: 'sig', name: (s) => `SIG ${s}` },
  { key: 'workinggroups', kind: 'wg', name: (s) => `WG ${s}` },
  { key: 'committees', kind: 'committee', name: (s) => `${s} Committee` },
  { key: 'usergroups', kind: 'usergroup', name: (s) => `${s} User Group` },
];

const LEADERSHIP: Array<{ key: string; role: string }> = [
  { key: 'chairs', role: 'chair' },
  { key: 'tech_leads', role: 'tech-lead' },
  { key: 'emeritus_leads', role: 'emeritus' },
];

const EXTRACTOR = 'registry';

function str(map: YAMLMap, key: string): string | undefined {
  const v: unknown = map.get(key);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function items(map: YAMLMap, key: string): YamlNode[] {
  const v: unknown = map.get(key, true);
  return isSeq(v) ? (v.items as YamlNode[]) : [];
}

function span(text: string, node: YamlNode | null | undefined): { start: number; end: number } {
  const [start, end] = node?.range ?? [0, 0];
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return { start, end: e };
}

/** Parses a sigs.yaml text; `file` names it in ids and errors. */
export function registryFacts(file: string, text: string): SourceFacts {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new SourceError(file, `not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const root = doc.contents;
  if (!isMap(root) || !SECTIONS.some((s) => root.has(s.key)))
    throw new SourceError(file, `not a sigs.yaml registry (expected top-level ${SECTIONS.map((s) => s.key).join(', ')})`);

  const entities: SourceEntity[] = [];
  const entityIndex = new Map<string, number>();
  const triples: SourceTriple[] = [];
  const entity = (e: SourceEntity): EndpointRef => {
    const k = `${e.label}\u0000${e.github ?? e.name}`;
    let i = entityIndex.get(k);
    if (i === undefined) {
      i = entities.push(e) - 1;
      entityIndex.set(k, i);
    }
    return { entity: i };
  };
  const fact = (s: EndpointRef, p: Predicate, o: EndpointRef, quote: string, node: YamlNode | null | undefined, role?: string): void => {
    triples.push({
      s,
      p,
      o,
      ...(role ? { role } : {}),
      evidences: [{ quote, ...span(text, node), channel: 'body', extractor: EXTRACTOR, confidence: 1 }],
    });
  };
  const person = (node: YamlNode, where: string): { ref: EndpointRef; label: string } | null => {
    if (!isMap(node)) return null;
    const name = str(node, 'name');
    const github = str(node, 'github')?.toLowerCase();
    if (!name && !github) throw new SourceError(file, `${where}: a person entry without name or github (offset ${span(text, node).start})`);
    const ref = entity({ label: 'Person', name: name ?? github ?? '', ...(github ? { github } : {}), aliases: [] });
    const company = str(node, 'company');
    const label = `${name ?? github}${github ? ` (@${github})` : ''}`;
    if (company) {
      fact(ref, 'WORKS_AT', entity({ label: 'Company', name: company, aliases: [] }), `${label}: company ${company}`, node);
    }
    return { ref, label };
  };

  // Stakeholder SIGs are written by short name ("Node"); map them to the groups defined here.
  const groupByShort = new Map<string, EndpointRef>();
  const pending: Array<() => void> = [];
  for (const section of SECTIONS) {
    for (const groupNode of items(root, section.key)) {
      if (!isMap(groupNode)) continue;
      const short = str(groupNode, 'name');
      if (!short) throw new SourceError(file, `${section.key}: a group without a name (offset ${span(text, groupNode).start})`);
      const name = section.name(short);
      const dir = str(groupNode, 'dir');
      const group = entity({ label: 'Sig', name, aliases: dir ? [dir] : [], kind: section.kind });
      if (section.kind === 'sig') groupByShort.set(short.toLowerCase(), group);

      const leadership: unknown = groupNode.get('leadership', true);
      if (isMap(leadership)) {
        for (const { key, role } of LEADERSHIP) {
          for (const p of items(leadership, key)) {
            const who = person(p, `${name} ${key}`);
            if (who) fact(who.ref, 'LEADS', group, `${name} › ${key}: ${who.label}`, p, role);
          }
        }
      }
      for (const sp of items(groupNode, 'subprojects')) {
        if (!isMap(sp)) continue;
        const spName = str(sp, 'name');
        if (!spName) continue;
        const project = entity({ label: 'Project', name: spName, aliases: [] });
        const nameNode: unknown = sp.get('name', true);
        fact(group, 'OWNS', project, `${name} › subprojects: ${spName}`, isScalar(nameNode) ? nameNode : sp);
        for (const p of items(sp, 'leads')) {
          const who = person(p, `${name} subproject ${spName} leads`);
          if (who) fact(who.ref, 'MAINTAINS', project, `${name} › ${spName} › leads: ${who.label}`, p, 'lead');
        }
      }
      for (const s of items(groupNode, 'stakeholder_sigs')) {
        if (!isScalar(s) || typeof s.value !== 'string') continue;
        const sigName = s.value.trim();
        pending.push(() => {
          const sponsor = groupByShort.get(sigName.toLowerCase()) ?? entity({ label: 'Sig', name: `SIG ${sigName}`, aliases: [], kind: 'sig' });
          fact(sponsor, 'SPONSORS', group, `${name} › stakeholder_sigs: ${sigName}`, s);
        });
      }
    }
  }
  for (const run of pending) run();

  const base = path.basename(file);
  return {
    id: sourceId('registry', base),
    kind: 'registry',
    path: file,
    hash: createHash('sha256').update(text).digest('hex'),
    props: { title: `Community registry (${base})` },
    entities,
    triples,
  };
}
