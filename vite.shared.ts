import { defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';

/** Inside the workspace, resolve `@liveness-kit/*` to their TypeScript sources (no build needed). */
export function workspaceSources(): Plugin {
  const condition = '@liveness-kit/source';
  return {
    name: 'liveness-kit:workspace-sources',
    config: () => ({
      resolve: { conditions: [condition, ...defaultClientConditions] },
      ssr: {
        resolve: { conditions: [condition, ...defaultServerConditions], externalConditions: [condition] },
      },
    }),
  };
}
