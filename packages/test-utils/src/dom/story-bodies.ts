/** Stories only: fixed contract answers (no Node helpers: this runs in the browser). */
import { createWarning, type WarningTag } from '@liveness-kit/core';

export function storyBody(status: string, tags: WarningTag[] = []): Record<string, unknown> {
  return {
    request_id: 'story-request',
    liveness: {
      status,
      method: 'PASSIVE',
      score: status === 'Approved' ? 96 : 18,
      user_image: {
        entities: [{ age: 30, bbox: [200, 120, 440, 400], confidence: 0.95, gender: null }],
        best_angle: 0,
      },
      warnings: tags.map((tag) => createWarning(tag)),
      face_quality: 80,
      face_luminance: 52,
    },
    created_at: '2026-01-01T00:00:00Z',
  };
}
