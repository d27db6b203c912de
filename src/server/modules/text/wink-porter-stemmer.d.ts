// The model package ships types for its main entry only; this covers its stemmer, loaded on its own.
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  export default function stem(word: string): string;
}
