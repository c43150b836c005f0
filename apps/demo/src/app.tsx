import { OvalGuide } from '@liveness-kit/react';
import { useState } from 'react';
import Webcam from 'react-webcam';

const videoConstraints: MediaTrackConstraints = {
  facingMode: 'user',
  width: { ideal: 640 },
  height: { ideal: 480 },
};

/** The demo shell: opens the camera and shows the live video inside the oval guide. */
export function App() {
  const [cameraError, setCameraError] = useState<string | null>(null);
  return (
    <main
      style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 680, margin: '2rem auto', padding: '0 1rem' }}
    >
      <h1>liveness-kit demo</h1>
      {cameraError ? (
        <p role="alert" data-part="error">
          The camera could not be opened: {cameraError}
        </p>
      ) : (
        <div
          style={{
            position: 'relative',
            width: '100%',
            maxWidth: 640,
            aspectRatio: '4 / 3',
            background: '#111',
          }}
        >
          <Webcam
            audio={false}
            mirrored
            videoConstraints={videoConstraints}
            onUserMediaError={(e) => setCameraError(typeof e === 'string' ? e : e.message || e.name)}
            data-testid="camera-video"
            style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          />
          <OvalGuide style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }} />
        </div>
      )}
    </main>
  );
}
