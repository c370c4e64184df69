/**
 * true when A and B are exactly the same type (not merely assignable either way). Schemas use it to
 * prove, at compile time, that what zod parses is the hand-written type the rest of the code uses.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
