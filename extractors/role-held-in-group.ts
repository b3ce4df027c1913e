/**
 * A project's reviewer or approver placed inside a group, in Japanese: "SIG Nodeではkubeletのapprover
 * を務めています", "SIG Autoscalingで2年ほどcluster-autoscalerのレビュアーをしていました". Such a role is
 * held in the group as well as on the project.
 */
import type { Obj, Trigger } from './role-types.ts';

const REVIEW_CLASSES = new Set(['reviewer', 'approver']);
const PLACED_IN = /^\s*(?:で|では|の中で)、?[^。、「」]{0,20}$/u;

/** The group a review role on `projects` is held in, when the clause places it there. */
export function groupWhereHeld(text: string, t: Trigger, objs: Obj[], projects: Obj[]): Obj | undefined {
  const first = projects[0];
  if (!REVIEW_CLASSES.has(t.word.cls) || !first || !projects.every((o) => o.type === 'Project')) return undefined;
  return objs.find((o) => o.type === 'Sig' && o.m.end <= first.m.start && PLACED_IN.test(text.slice(o.m.end, first.m.start)));
}
