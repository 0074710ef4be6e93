/** opencc-js 1.4.2 ships its dictionaries as ES modules exporting one string ("from to|from to…") but no types for them. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
