import { PaperClipOutlined } from '@ant-design/icons';
import { Typography } from 'antd';

/** An attached file as the lists show it: a picture's preview, any other file by its name; each opens its link. */
export interface ShownFile {
  id: string;
  originalName: string;
  mediaType: string;
  downloadPath: string;
  previewPath?: string | null;
}

/**
 * The grid of a record's files, the one way attachments are shown (task card, evidence card, letters, statements,
 * conference records): pictures as thumbnails through their signed preview links, other files by name.
 */
export function AttachmentFiles<F extends ShownFile>({
  files,
  title,
  testId = 'task-files',
  imageTestId = 'task-photo',
  linkTestId,
  describe = (f) => f.originalName,
  nameOf = (f) => f.originalName,
}: {
  files: readonly F[];
  title?: string;
  testId?: string;
  imageTestId?: string;
  linkTestId?: string;
  /** The link's tooltip (e.g. SHA-256, who added it). */
  describe?: (f: F) => string;
  /** What a non-picture shows. */
  nameOf?: (f: F) => string;
}) {
  if (!files.length) return null;
  return (
    <div className="task-files" data-testid={testId}>
      {title && <Typography.Text type="secondary">{title}</Typography.Text>}
      <div className="task-files-grid">
        {files.map((f) => (
          <a
            key={f.id}
            href={f.downloadPath}
            target="_blank"
            rel="noreferrer"
            title={describe(f)}
            data-testid={linkTestId}
          >
            {f.mediaType.startsWith('image/') ? (
              <img src={f.previewPath ?? f.downloadPath} alt={f.originalName} data-testid={imageTestId} />
            ) : (
              <span className="task-file-name">
                <PaperClipOutlined /> {nameOf(f)}
              </span>
            )}
          </a>
        ))}
      </div>
    </div>
  );
}
