// @liveness-kit/react/vite: the Vite plugin, which lives in @liveness-kit/capture (it is not React-specific).
export * from '@liveness-kit/capture/vite';
