import type { Block } from '../../../shared/report';
import { PreviewChart } from './PreviewChart';

function Table({ block }: { block: Extract<Block, { kind: 'table' }> }) {
  const kind = block.columns.map((column) => column.kind);
  const cellClass = (index: number) => (kind[index] === 'number' ? 'preview-num' : kind[index] === 'date' ? 'preview-date' : undefined);
  const table = (
    <table className="preview-table">
      <caption>{block.caption}</caption>
      <thead>
        <tr>
          {block.columns.map((column, index) => (
            <th key={column.label} scope="col" className={cellClass(index)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index} className={cellClass(index)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (block.rows.length === 0) {
    return block.detail ? null : (
      <p className="preview-empty">
        <strong>{block.caption}:</strong> {block.empty}
      </p>
    );
  }
  return block.detail ? (
    <details className="preview-details">
      <summary>{block.caption}: the data</summary>
      {table}
    </details>
  ) : (
    table
  );
}

/** One block of a report section, as React elements: user text is only ever text. */
export function ReportBlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'definitions':
      return (
        <div className="preview-definitions">
          {block.definitions.map((definition) => (
            <p key={definition.term}>
              <strong>{definition.term}:</strong> {definition.text}
            </p>
          ))}
        </div>
      );
    case 'figures':
      return (
        <div className="preview-figures">
          {block.figures.map((figure) => (
            <div key={figure.id} className="preview-figure">
              <span className="preview-figure-label">{figure.label}</span>
              <span className="preview-figure-value">{figure.text}</span>
              {figure.definition && <span className="preview-figure-definition">{figure.definition}</span>}
            </div>
          ))}
        </div>
      );
    case 'table':
      return <Table block={block} />;
    case 'list':
      return (
        <div className={block.emphasis ? 'preview-callout' : undefined}>
          <p className="preview-list-caption">{block.caption}</p>
          {block.items.length > 0 ? (
            <ul className="preview-list">
              {block.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="preview-empty">{block.empty}</p>
          )}
        </div>
      );
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'chart':
      return <PreviewChart block={block} />;
  }
}
