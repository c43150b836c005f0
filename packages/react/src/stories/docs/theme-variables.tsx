/**
 * Docs only: the table of every `--lk-*` custom property with its light and dark value, read from
 * the stylesheet the page loaded (so the table never goes out of date).
 */
import { useEffect, useRef, useState } from 'react';
import '../../styles/liveness-capture.css';

interface Variable {
  name: string;
  light: string;
  dark: string;
}

/** The custom properties the stylesheet declares on `.lk-root`, in its order. */
function declaredVariables(): string[] {
  const names: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== '.lk-root') continue;
      for (const property of rule.style) {
        if (property.startsWith('--lk-') && !names.includes(property)) names.push(property);
      }
    }
  }
  return names;
}

const isColour = (value: string) => /^(#|rgb|hsl)/.test(value);

function Swatch({ value }: { value: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {isColour(value) && (
        <span
          aria-hidden="true"
          style={{ width: 14, height: 14, border: '1px solid #8c959f', borderRadius: 3, background: value }}
        />
      )}
      <code>{value}</code>
    </span>
  );
}

export function ThemeVariables() {
  const light = useRef<HTMLElement>(null);
  const dark = useRef<HTMLElement>(null);
  const [variables, setVariables] = useState<Variable[]>([]);
  useEffect(() => {
    if (!light.current || !dark.current) return;
    const lightStyle = getComputedStyle(light.current);
    const darkStyle = getComputedStyle(dark.current);
    setVariables(
      declaredVariables().map((name) => ({
        name,
        light: lightStyle.getPropertyValue(name).trim(),
        dark: darkStyle.getPropertyValue(name).trim(),
      })),
    );
  }, []);
  return (
    <>
      {/* Not `hidden`: the stylesheet's `display` on .lk-root would show them. */}
      <section ref={light} className="lk-root" data-theme="light" style={{ display: 'none' }} />
      <section ref={dark} className="lk-root" data-theme="dark" style={{ display: 'none' }} />
      <table>
        <thead>
          <tr>
            <th>custom property</th>
            <th>light</th>
            <th>dark</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((v) => (
            <tr key={v.name}>
              <td>
                <code>{v.name}</code>
              </td>
              <td>
                <Swatch value={v.light} />
              </td>
              <td>{v.dark === v.light ? 'same' : <Swatch value={v.dark} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
