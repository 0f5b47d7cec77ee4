/**
 * The day a plan was adopted. A plan record may leave out its own `date` when the document that
 * adopted it carries one; the validator (task and lifetime rules) and the site (when a plan's
 * tasks were given) must then agree on the same day, so both ask this function.
 */

/** What this rule reads of a plan: its own date and the document that adopted it. */
export interface PlanDates {
  date?: string | undefined;
  document?: { id: string } | undefined;
}

/**
 * The plan's own `date`, else the date of its adopting document (looked up with `documentDate`),
 * else undefined.
 */
export function planAdoptionDate(
  plan: PlanDates,
  documentDate: (documentId: string) => string | undefined,
): string | undefined {
  return plan.date ?? (plan.document ? documentDate(plan.document.id) : undefined);
}
