export {
  fixturesRoot,
  fixturePath,
  fixtureManifest,
  fixturesIn,
  fixtureBytes,
  fixtureRgba,
  padFixtures,
  type FixtureEntry,
  type RgbaImage,
} from './fixtures.js';
export { imageToY4m, fixtureToY4m, type FakeCameraOptions } from './fake-camera.js';
export { idPhotoFromFixture } from './id-photo.js';
export { launchChromium, CHROMIUM_PATH, CHROMIUM_BASE_ARGS, type LaunchOptions } from './chromium.js';
export {
  FakeDiditServer,
  diditApprovedBody,
  diditFaceMatchBody,
  diditFaceMatchWarning,
  diditFaceMatchLowSimilarityBody,
  diditFaceMatchNoReferenceBody,
  diditErrorReply,
  type FakeReply,
  type RecordedDiditRequest,
  type RecordedFile,
} from './fake-didit-server.js';
export { startRedisServer, type RunningRedis, type StartRedisOptions } from './redis-server.js';
export {
  startPostgresServer,
  POSTGRES_BIN_DIR,
  type PostgresServer,
  type PostgresServerOptions,
} from './postgres-server.js';
export { freePort } from './free-port.js';
