// Types for linting templates: typescript-eslint sees the expressions inside an .astro template
// as TSX, and without a JSX namespace every element there is an error type
// (eslint-plugin-astro's documented fix; Astro's own checker does not read this).
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
