// Walking the stage finder's answers. Kept apart from the tree's words so the browser can use it with only
// the tree's edges: { nodeId: { answerId: nextNodeId } }.

export type Edges = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What the stage tool's code is built with: where the tree starts, the stage tool's address, the tree's edges and the
 * bank holidays ("YYYY-MM-DD") of the years it covers. */
export type StageFinderData = {
  start: string;
  base: string;
  edges: Edges;
  holidays: string[];
  firstYear: number;
  lastYear: number;
};

/** The node reached by following `answers` from `start`, or null when an answer does not belong to its question. */
export function walkAnswers(edges: Edges, start: string, answers: readonly string[]): string | null {
  let node = start;
  for (const answer of answers) {
    const next = edges[node]?.[answer];
    if (!next) return null;
    node = next;
  }
  return node;
}

/** Answers as they go in the URL: "yes.stage-1-reply.no". */
export function answersToParam(answers: readonly string[]): string {
  return answers.join('.');
}

export function answersFromParam(value: string | null): string[] {
  return value ? value.split('.').filter(Boolean) : [];
}
