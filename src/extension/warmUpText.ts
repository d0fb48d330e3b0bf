/**
 * A short article written for warming up the recognizer in the worker at activation (never shown): names,
 * roles, direct and reported quotes, a pronoun and an unnamed source, so the first real article runs on
 * compiled code paths.
 */
export const WARM_UP_TEXT = `Mayor Elena Vasquez said on Monday that the new ferry terminal would open in June.

"We have waited long enough," Vasquez told reporters outside city hall. "The boats are ready."

A senior official, who asked not to be named, said the budget was tight. Harbour Workers Union president Tom
Briggs said his members agreed, according to a statement from the union in Halifax, N.S.

"Nobody asked us," he added.
`;
