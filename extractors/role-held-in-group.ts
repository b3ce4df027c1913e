/**
 * A project's reviewer or approver placed inside a group: "SIG Nodeではkubeletのapprover
 * を務めています", "SIG Autoscalingで2年ほどcluster-autoscalerのレビュアーをしていました". Such a role is
 * held in the group as well as on the project; so is one fronted in English ("In SIG Scheduling I'm
 * an approver for Kueue").
 */
import type { Obj, Trigger } from './role-types.ts';

const REVIEW_CLASSES = new Set(['reviewer', 'approver']);
const PLACED_IN = /^\s*(?:で|では|の中で)、?[^。、「」]{0,20}$/u;
/** "In SIG Scheduling I'm an approver for Kueue": the group fronted before the speaker. */
const FRONTED_IN = /^\s*,?\s*(?:I['’]m|I\s+am|I\s+was|(?:he|she)\s+(?:is|was)|(?:he|she)['’]s)\s+(?:also\s+|now\s+)?(?:an?|one\s+of\s+the)\s+$/iu;

/** The group a review role on `projects` is held in, when the clause places it there. */
export function groupWhereHeld(text: string, t: Trigger, objs: Obj[], projects: Obj[]): Obj | undefined {
  const first = projects[0];
  if (!REVIEW_CLASSES.has(t.word.cls) || !first || !projects.every((o) => o.type === 'Project')) return undefined;
  return objs.find(
    (o) =>
      o.type === 'Sig' &&
      o.m.end <= first.m.start &&
      (PLACED_IN.test(text.slice(o.m.end, first.m.start)) || (/\b(?:in|within)\s+$/iu.test(text.slice(Math.max(0, o.m.start - 8), o.m.start)) && FRONTED_IN.test(text.slice(o.m.end, t.start)))),
  );
}
