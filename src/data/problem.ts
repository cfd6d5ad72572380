/** One thing wrong with the dataset, precise enough to fix without searching. */
export interface DatasetProblem {
  /** Path of the entity file, as given to the validator. */
  file: string;
  /** The entity's id, or "?" when the file has no usable id. */
  entity: string;
  /** JSON path inside the entity, e.g. `facts.valuation.source` or `rounds[0].lead[1]`. */
  field: string;
  message: string;
}

/** `src/data/entities/xai.json: entity "xai", field "rounds[0].source": missing source URL` */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: entity "${problem.entity}", field "${problem.field}": ${problem.message}`;
}
