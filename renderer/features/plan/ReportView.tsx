// A ReportDocument as a print-styled page: what the guide reads on screen and prints to PDF.
// Until the shared report writers land, the plan report uses this view; it renders any
// ReportDocument, so the session summary can use it too.
import type { ReportBlock, ReportDocument } from '../../../shared/report/document';

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.header.map((h, i) => (
                <th key={i} scope="col" className={block.numeric?.[i] ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={block.numeric?.[c] ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'figure':
      return (
        <figure>
          {/* SVG drawn by shared code with every text escaped. */}
          <div className="report-view__svg" dangerouslySetInnerHTML={{ __html: block.svg }} />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
  }
}

export function ReportView({ doc }: { doc: ReportDocument }) {
  return (
    <article className="report-view" lang={doc.lang}>
      <h1>{doc.title}</h1>
      <dl className="report-view__meta">
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
