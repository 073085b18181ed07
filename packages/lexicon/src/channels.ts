/** Publication channels a text is written for (scoped entries, inclusive-writing policy, budgets). */
export const channels = ['web', 'social', 'print', 'official'] as const;
