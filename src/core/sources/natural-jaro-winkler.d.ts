// Types for the one file of `natural` the sources index imports by path (natural's own typings declare it only
// through its package index, which would pull in all of natural).
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}
