/** What the benchmark page leaves on `window.benchResult` for the runner to read. */
export interface BenchResult {
  subject: string;
  /** ms from navigation start. */
  loadStartedAt: number;
  loadMs: number;
  cameraReadyAt: number;
  firstResultAt: number;
  firstResultFaces: number;
  windowMs: number;
  detections: number;
  framesWithOneFace: number;
  latencies: number[];
  uiFrames: number;
  longTasks: Array<{ start: number; duration: number }>;
  longTasksDuringLoad: Array<{ start: number; duration: number }>;
  facts: Record<string, unknown>;
  error?: string;
}
