/** What the benchmark measures: something that loads, then finds faces in the camera's video. */
export interface BenchSubject {
  load(): Promise<void>;
  /** Number of faces in the video's current frame. */
  detect(video: HTMLVideoElement): Promise<number>;
  /** Extra facts to print (e.g. where detection ran). */
  describe(): Record<string, unknown>;
}
