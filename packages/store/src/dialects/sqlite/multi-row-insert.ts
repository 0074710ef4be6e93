/**
 * Prepared multi-row INSERTs for better-sqlite3. One statement that inserts
 * `rowsPerStatement` rows is prepared once and re-run; the tail of a chunk uses
 * a statement prepared for its size (cached). Several rows per statement cut
 * the per-statement cost that dominates single-row inserts.
 */
import type Database from 'better-sqlite3';

export class MultiRowInsert<T> {
  readonly #db: Database.Database;
  readonly #table: string;
  readonly #columns: ReadonlyArray<keyof T & string>;
  readonly #rowsPerStatement: number;
  readonly #statements = new Map<number, Database.Statement>();

  constructor(db: Database.Database, table: string, columns: ReadonlyArray<keyof T & string>, rowsPerStatement: number) {
    this.#db = db;
    this.#table = table;
    this.#columns = columns;
    this.#rowsPerStatement = rowsPerStatement;
  }

  #statement(rows: number): Database.Statement {
    let statement = this.#statements.get(rows);
    if (!statement) {
      const tuple = `(${this.#columns.map(() => '?').join(',')})`;
      const values = new Array<string>(rows).fill(tuple).join(',');
      statement = this.#db.prepare(`INSERT INTO ${this.#table} (${this.#columns.join(',')}) VALUES ${values}`);
      this.#statements.set(rows, statement);
    }
    return statement;
  }

  insert(rows: readonly T[]): void {
    const columns = this.#columns;
    for (let start = 0; start < rows.length; start += this.#rowsPerStatement) {
      const end = Math.min(start + this.#rowsPerStatement, rows.length);
      const params = new Array<unknown>((end - start) * columns.length);
      let p = 0;
      for (let r = start; r < end; r++) {
        const row = rows[r]!;
        for (const column of columns) params[p++] = row[column];
      }
      this.#statement(end - start).run(params);
    }
  }
}
