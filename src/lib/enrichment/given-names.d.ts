// gender-detection-from-name ships its name lists as CommonJS modules without types: each is a Map from a lower-case given name to a gender.
declare module 'gender-detection-from-name/names/*.js' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
