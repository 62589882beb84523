// A ReportDocument as a print-styled page: the preview the guide sees and the
// page Chromium prints to a tagged PDF (headings, real tables with header
// cells, figures with alt text), so what is previewed is what is filed.
import type { ReportBlock, ReportDocument } from '../../../shared/report/document';
import { svgDataUrl } from './rasterize';
import './report.css';

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading': {
      const H = `h${block.level}` as 'h1' | 'h2' | 'h3';
      return <H className={`report__h${block.level}`}>{block.text}</H>;
    }
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul className="report__list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="report__table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.header.map((h, i) => (
                <th key={i} scope="col" className={block.numeric?.[i] ? 'report__num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={block.numeric?.[i] ? 'report__num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'figure':
      return (
        <figure className="report__figure">
          <img src={svgDataUrl(block.svg)} alt={block.alt} width={block.width} height={block.height} />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
  }
}

/** The report as one article; the title is its only h1, blocks keep their levels (2 and 3). */
export function ReportView({ document: doc }: { document: ReportDocument }) {
  return (
    <article className="report" lang={doc.lang} aria-label={doc.title}>
      <h1 className="report__title">{doc.title}</h1>
      <dl className="report__meta">
        {doc.meta.map((m) => (
          <div key={m.label}>
            <dt>{m.label}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
      </dl>
      {doc.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </article>
  );
}
