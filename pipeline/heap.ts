// V8's garbage-collection setting for the programs (the command line and the benchmark), not
// for the library: a process that imports runPipeline keeps its own settings.
import v8 from 'node:v8';

/**
 * Lets V8's old generation grow to twice the live heap between full collections, instead of
 * its default of up to four times. An article's tokens and records live for the whole of its
 * extraction, so scavenges promote much of them and the old generation fills with garbage;
 * the live heap stays about 50 MB, but by default V8 let it reach about 200 MB before
 * collecting. Measured on the 50 MB benchmark corpus, one worker, interleaved runs: peak RSS
 * 396 and 407 MB by default, 256 and 267 MB with this, in the same time (38.9-39.6 s against
 * 38.6-38.7 s); letting it grow only 1.5 times was about 10% slower. V8 flags are per
 * process, so worker threads started afterwards share it.
 */
export const HEAP_FLAG = '--heap-growing-percent=100';

export function preferSmallHeap(): void {
  v8.setFlagsFromString(HEAP_FLAG);
}
