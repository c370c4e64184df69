import type { Plugin } from 'vite';

// The four extension pages (popup, options, overview, practice console) share one chunk; React DOM and
// zod made it about 750 kB, over the 500 kB at which vite warns. That warning is meant for code
// downloaded over a network; ours is read from the installed package. Giving each of the two libraries
// a chunk of its own keeps every chunk under the warning's limit (the default, not raised) without
// loading anything more: each page still loads the same code, in three files instead of one. Only
// the build of the pages splits code at all; the content scripts are single IIFE files and are left
// as they are (docs/performance.md, "Build warning").

const GROUPS = [
  { name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
];

export function vendorChunks(): Plugin {
  return {
    name: 'mpg:vendor-chunks',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      return { ...options, codeSplitting: { groups: GROUPS } };
    },
  };
}
