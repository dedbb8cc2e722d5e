import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/**
 * Where files come from: the phone's camera (on a phone it opens the camera; elsewhere a picture chooser) and the
 * file chooser. Labels styled as small buttons, the inputs hidden.
 */
export function FileSources({
  busy,
  onFiles,
  camera = false,
  accept = 'image/*,application/pdf,video/*,audio/*',
  testIdPrefix,
  fileLabel = '附件',
  children,
}: {
  busy: boolean;
  onFiles: (list: FileList | null) => void;
  camera?: boolean;
  accept?: string;
  /** `<prefix>-camera` and `<prefix>-file` on the inputs. */
  testIdPrefix: string;
  fileLabel?: string;
  children?: ReactNode;
}) {
  return (
    <>
      {camera && (
        <label className="ant-btn ant-btn-default ant-btn-sm file-source" aria-disabled={busy}>
          <CameraOutlined /> 拍照
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            disabled={busy}
            data-testid={`${testIdPrefix}-camera`}
            onChange={(e) => onFiles(e.target.files)}
          />
        </label>
      )}
      <label className="ant-btn ant-btn-default ant-btn-sm file-source" aria-disabled={busy}>
        <PaperClipOutlined /> {fileLabel}
        <input
          type="file"
          accept={accept}
          multiple
          hidden
          disabled={busy}
          data-testid={`${testIdPrefix}-file`}
          onChange={(e) => onFiles(e.target.files)}
        />
      </label>
      {children}
    </>
  );
}
