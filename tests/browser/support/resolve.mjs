// The part of the WebDriver adapter that runs inside the page: finds the elements a locator
// names, the way Playwright does — CSS that pierces open shadow roots (a descendant
// combinator may cross from a host into its shadow tree), `nth`, text filters and ARIA
// roles with accessible names. It is sent with every command as source text, so it must
// not refer to anything outside itself.

/**
 * Returns the elements that `steps` select, in tree order. A step is `{ css }`, `{ nth }`
 * (-1 for the last), `{ hasText }` (a string, or `{ regex, flags }`) or `{ role, name, exact }`.
 */
export function resolveSteps(steps) {
  const normalize = (text) => String(text).replace(/\u200b/g, '').trim().replace(/\s+/g, ' ');
  const toRegex = (value) => (value && typeof value === 'object' && 'regex' in value ? new RegExp(value.regex, value.flags) : null);

  /** Every element below `scope`, shadow trees included (a host's shadow tree before its children). */
  function descendants(scope) {
    const out = [];
    const walk = (node) => {
      for (const child of node.children) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (scope.shadowRoot) walk(scope.shadowRoot);
    walk(scope);
    return out;
  }

  /** Splits `text` at top-level occurrences of characters in `stops` (outside quotes, (), []). */
  function split(text, isStop) {
    const parts = [];
    let depth = 0;
    let quote = null;
    let current = '';
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (quote) {
        if (c === '\\') { current += c + text[i + 1]; i += 1; continue; }
        if (c === quote) quote = null;
        current += c;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth += 1;
      else if (c === ')' || c === ']') depth -= 1;
      if (depth === 0 && isStop(c)) {
        parts.push(current, c);
        current = '';
        continue;
      }
      current += c;
    }
    parts.push(current);
    return parts;
  }

  /** `a b > c` → ['a', ' ', 'b', '>', 'c']: compounds and the combinators between them. */
  function complexParts(selector) {
    const raw = split(selector.trim(), (c) => c === ' ' || c === '>' || c === '+' || c === '~' || c === '\n' || c === '\t');
    const parts = [];
    let combinator = null;
    for (let i = 0; i < raw.length; i += 1) {
      const piece = raw[i];
      if (i % 2 === 1) {
        const c = /\s/.test(piece) ? ' ' : piece;
        if (combinator === null || combinator === ' ') combinator = c;
        continue;
      }
      if (!piece) continue;
      if (parts.length) parts.push(combinator ?? ' ');
      parts.push(piece);
      combinator = null;
    }
    return parts;
  }

  const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;

  function matchesFrom(el, parts, i) {
    if (!el.matches(parts[i])) return false;
    if (i === 0) return true;
    const combinator = parts[i - 1];
    if (combinator === ' ') {
      for (let up = parentOf(el); up; up = parentOf(up)) if (matchesFrom(up, parts, i - 2)) return true;
      return false;
    }
    if (combinator === '>') {
      const up = parentOf(el);
      return Boolean(up) && matchesFrom(up, parts, i - 2);
    }
    if (combinator === '+') {
      const before = el.previousElementSibling;
      return Boolean(before) && matchesFrom(before, parts, i - 2);
    }
    for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
      if (matchesFrom(before, parts, i - 2)) return true;
    }
    return false;
  }

  function queryDeep(scope, selector) {
    const alternatives = split(selector, (c) => c === ',').filter((_, i) => i % 2 === 0).map(complexParts);
    return descendants(scope).filter((el) => alternatives.some((parts) => matchesFrom(el, parts, parts.length - 1)));
  }

  function deepText(el) {
    let text = '';
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) text += child.data;
        else if (child.nodeType === 1) {
          if (child.localName === 'script' || child.localName === 'style') continue;
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    walk(el);
    return normalize(text);
  }

  function visible(el) {
    if (el.localName === 'option') return visible(el.closest('select') || el.parentElement);
    // checkVisibility also sees content skipped by content-visibility (a closed <details>).
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function role(el) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.trim().split(/\s+/)[0];
    const tag = el.localName;
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'select') return el.multiple ? 'listbox' : 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'table') return 'table';
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      return 'textbox';
    }
    return null;
  }

  function accessibleName(el) {
    const root = el.getRootNode();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return normalize(labelledBy.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? document.getElementById(id)?.textContent ?? '').join(' '));
    }
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return normalize(label);
    if (el.labels && el.labels.length) return normalize([...el.labels].map((l) => l.textContent).join(' '));
    if (['button', 'link', 'heading'].includes(role(el))) return deepText(el);
    return normalize(el.getAttribute('title') || '');
  }

  let current = [document.documentElement];
  let first = true;
  for (const step of steps) {
    if ('css' in step) {
      const found = new Set();
      for (const scope of first ? [document] : current) for (const el of queryDeep(scope, step.css)) found.add(el);
      current = [...found];
    } else if ('nth' in step) {
      const el = step.nth < 0 ? current[current.length + step.nth] : current[step.nth];
      current = el ? [el] : [];
    } else if ('hasText' in step) {
      const regex = toRegex(step.hasText);
      const wanted = regex ? null : normalize(step.hasText).toLowerCase();
      current = current.filter((el) => (regex ? regex.test(deepText(el)) : deepText(el).toLowerCase().includes(wanted)));
    } else if ('role' in step) {
      const regex = toRegex(step.name);
      const found = [];
      for (const scope of first ? [document] : current) {
        for (const el of descendants(scope)) {
          if (role(el) !== step.role || !visible(el)) continue;
          if (step.name !== undefined) {
            const name = accessibleName(el);
            if (regex ? !regex.test(name) : step.exact ? name !== normalize(step.name) : !name.toLowerCase().includes(normalize(step.name).toLowerCase())) continue;
          }
          found.push(el);
        }
      }
      current = found;
    }
    first = false;
  }
  return current;
}

/** What the matchers read from an element, computed in the page in one round trip. */
export function describeElement(el, extra) {
  const normalize = (text) => String(text).replace(/\u200b/g, '').trim().replace(/\s+/g, ' ');
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const visible = el.localName === 'option'
    ? true
    : (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true })) && style.visibility === 'visible' && box.width > 0 && box.height > 0;
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  const attributes = {};
  for (const { name, value } of el.attributes) attributes[name] = value;
  return {
    tag: el.localName,
    text: normalize(el.textContent),
    rawText: el.textContent,
    value: 'value' in el ? String(el.value) : null,
    checked: 'checked' in el ? Boolean(el.checked) : el.getAttribute('aria-checked') === 'true',
    disabled: Boolean(el.disabled) || el.getAttribute('aria-disabled') === 'true' || Boolean(el.closest && el.closest('fieldset:disabled')),
    editable: !el.disabled && !el.readOnly,
    visible,
    focused: active === el,
    attributes,
    className: typeof el.className === 'string' ? el.className : el.getAttribute('class') || '',
    css: extra && extra.css ? style.getPropertyValue(extra.css) : null,
  };
}
