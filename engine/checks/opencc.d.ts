// opencc-js ships types for its entry points ('opencc-js/core' etc.) but not for the single
// dictionary modules under 'opencc-js/dict/*'. Each is an ES module whose default export is the
// dictionary serialised as "from to|from to|…" (one code point on each side for the *Characters
// and *Variants dictionaries).
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}

declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}

declare module 'opencc-js/dict/HKVariants' {
  const dict: string;
  export default dict;
}

declare module 'opencc-js/dict/TWVariants' {
  const dict: string;
  export default dict;
}
