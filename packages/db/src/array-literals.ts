/*
 * PostgreSQL array literals passed as one bound parameter (`${literal}::uuid[]`):
 * the same on both drivers (PGlite and pg), whatever the array's length.
 */

/** `{id,id,…}`; refuses anything that is not a uuid, so nothing else reaches the SQL. */
export function uuidArrayLiteral(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  }
  return `{${ids.join(',')}}`;
}

/** `{"a","b",…}` with quotes and backslashes escaped. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
