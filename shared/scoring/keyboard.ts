/**
 * Which letters sit next to each other on a QWERTY or an AZERTY keyboard:
 * a finger slips onto a neighbour key, so an extra letter that is a
 * neighbour's is a typo ("connarsd"), and one that is not ("whitney" beside
 * "whitey") is a different word.
 */
const LAYOUTS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];

const NEIGHBOURS = new Map<string, Set<string>>();
for (const rows of LAYOUTS) {
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      // Rows are staggered: the keys below (r, c) are (r + 1, c - 1) and (r + 1, c).
      const around = [row[c - 1], row[c + 1], rows[r - 1]?.[c], rows[r - 1]?.[c + 1], rows[r + 1]?.[c - 1], rows[r + 1]?.[c]];
      const set = NEIGHBOURS.get(row[c]!) ?? new Set<string>();
      for (const k of around) if (k) set.add(k);
      NEIGHBOURS.set(row[c]!, set);
    }
  });
}

/** Whether a and b are the same key or neighbour keys on either layout. */
export function isKeyNeighbour(a: string, b: string): boolean {
  return a === b || !!NEIGHBOURS.get(a)?.has(b);
}
