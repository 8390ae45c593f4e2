/**
 * Checks Block Kit payloads against Slack's documented limits (https://api.slack.com/reference/block-kit).
 * Returns a list of problems; empty means within limits. Covers the block and element types Oogst uses.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const BLOCK_TYPES = new Set(['header', 'section', 'context', 'divider', 'actions', 'input', 'image']);

export function checkBlockKitMessage(message: unknown): string[] {
  if (!isObject(message)) return ['message is not an object'];
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') {
    problems.push('text (notification fallback) is missing');
  } else if (message.text.length > 40000) {
    problems.push('text is longer than 40000 characters');
  }
  problems.push(...checkBlocks(message.blocks, 50, false));
  return problems;
}

export function checkModalView(view: unknown): string[] {
  if (!isObject(view)) return ['view is not an object'];
  const problems: string[] = [];
  if (view.type !== 'modal') problems.push('type must be "modal"');
  problems.push(...plainText(view.title, 'title', 24, true));
  problems.push(...plainText(view.submit, 'submit', 24, false));
  problems.push(...plainText(view.close, 'close', 24, false));
  problems.push(...maxLen(view.callback_id, 'callback_id', 255));
  problems.push(...maxLen(view.private_metadata, 'private_metadata', 3000));
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  if (blocks.some((b) => isObject(b) && b.type === 'input') && view.submit === undefined) {
    problems.push('a modal with input blocks needs a submit button');
  }
  problems.push(...checkBlocks(view.blocks, 100, true));
  return problems;
}

function checkBlocks(blocks: unknown, maxBlocks: number, inModal: boolean): string[] {
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const problems: string[] = [];
  if (blocks.length === 0) problems.push('blocks is empty');
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks, at most ${maxBlocks} allowed`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `blocks[${i}]`;
    if (!isObject(block) || typeof block.type !== 'string' || !BLOCK_TYPES.has(block.type)) {
      problems.push(`${at}: unknown block ${JSON.stringify(isObject(block) ? block.type : block)}`);
      return;
    }
    if (block.block_id !== undefined) {
      problems.push(...maxLen(block.block_id, `${at}.block_id`, 255));
      if (typeof block.block_id === 'string') {
        if (blockIds.has(block.block_id)) problems.push(`${at}: duplicate block_id "${block.block_id}"`);
        blockIds.add(block.block_id);
      }
    }
    const elements = checkBlock(block, at, inModal, problems);
    for (const element of elements) {
      if (typeof element.action_id !== 'string') continue;
      problems.push(...maxLen(element.action_id, `${at} action_id`, 255));
      if (actionIds.has(element.action_id)) problems.push(`${at}: duplicate action_id "${element.action_id}"`);
      actionIds.add(element.action_id);
    }
  });
  return problems;
}

/** Checks one block, pushes problems, returns its interactive elements. */
function checkBlock(block: Json, at: string, inModal: boolean, problems: string[]): Json[] {
  switch (block.type) {
    case 'header':
      problems.push(...plainText(block.text, `${at}.text`, 150, true));
      return [];
    case 'section':
      problems.push(...textObject(block.text, `${at}.text`, 3000));
      return [];
    case 'context': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > 10) problems.push(`${at}: context needs 1..10 elements`);
      elements.forEach((e, j) => problems.push(...textObject(e, `${at}.elements[${j}]`, 3000)));
      return [];
    }
    case 'divider':
      return [];
    case 'image':
      problems.push(...nonEmpty(block.image_url, `${at}.image_url`, 3000), ...nonEmpty(block.alt_text, `${at}.alt_text`, 2000));
      if (typeof block.image_url === 'string' && !/^https?:\/\//.test(block.image_url)) problems.push(`${at}: image_url must be http(s)`);
      return [];
    case 'actions': {
      const elements = (Array.isArray(block.elements) ? block.elements : []).filter(isObject);
      if (elements.length === 0 || elements.length > 25) problems.push(`${at}: actions needs 1..25 elements`);
      elements.forEach((e, j) => problems.push(...checkElement(e, `${at}.elements[${j}]`)));
      return elements;
    }
    case 'input': {
      if (!inModal) problems.push(`${at}: input blocks belong in modals`);
      problems.push(...plainText(block.label, `${at}.label`, 2000, true));
      problems.push(...plainText(block.hint, `${at}.hint`, 2000, false));
      if (typeof block.block_id !== 'string') problems.push(`${at}: input block without block_id`);
      if (!isObject(block.element)) {
        problems.push(`${at}: input block without element`);
        return [];
      }
      problems.push(...checkElement(block.element, `${at}.element`));
      return [block.element];
    }
    default:
      return [];
  }
}

function checkElement(element: Json, at: string): string[] {
  const problems: string[] = [];
  if (typeof element.action_id !== 'string') problems.push(`${at}: action_id is missing`);
  problems.push(...plainText(element.placeholder, `${at}.placeholder`, 150, false));
  switch (element.type) {
    case 'button':
      problems.push(...plainText(element.text, `${at}.text`, 75, true));
      problems.push(...maxLen(element.value, `${at}.value`, 2000));
      break;
    case 'plain_text_input': {
      const max = element.max_length;
      if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 3000)) {
        problems.push(`${at}: max_length must be 1..3000`);
      }
      if (typeof element.initial_value === 'string' && typeof max === 'number' && element.initial_value.length > max) {
        problems.push(`${at}: initial_value longer than max_length`);
      }
      break;
    }
    case 'radio_buttons':
    case 'checkboxes':
      problems.push(...checkOptions(element, at, 10));
      break;
    case 'static_select':
    case 'multi_static_select':
      problems.push(...checkOptions(element, at, 100));
      break;
    case 'datepicker':
      if (element.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(element.initial_date))) problems.push(`${at}: initial_date must be YYYY-MM-DD`);
      break;
    case 'timepicker':
      if (element.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(element.initial_time))) problems.push(`${at}: initial_time must be HH:mm`);
      break;
    case 'number_input':
      if (typeof element.is_decimal_allowed !== 'boolean') problems.push(`${at}: is_decimal_allowed is required`);
      break;
    default:
      problems.push(`${at}: unknown element type ${JSON.stringify(element.type)}`);
  }
  return problems;
}

function checkOptions(element: Json, at: string, maxOptions: number): string[] {
  const options = Array.isArray(element.options) ? element.options.filter(isObject) : [];
  const problems: string[] = [];
  if (options.length === 0 || options.length > maxOptions) problems.push(`${at}: needs 1..${maxOptions} options`);
  options.forEach((option, k) => {
    problems.push(...textObject(option.text, `${at}.options[${k}].text`, 75));
    problems.push(...maxLen(option.value, `${at}.options[${k}].value`, 150));
  });
  const chosen = [
    ...(element.initial_option !== undefined ? [element.initial_option] : []),
    ...(Array.isArray(element.initial_options) ? element.initial_options : []),
  ];
  for (const initial of chosen) {
    if (!options.some((o) => JSON.stringify(o) === JSON.stringify(initial))) {
      problems.push(`${at}: initial option ${JSON.stringify(initial)} is not one of the options`);
    }
  }
  return problems;
}

function textObject(value: unknown, at: string, max: number): string[] {
  if (!isObject(value) || (value.type !== 'plain_text' && value.type !== 'mrkdwn')) {
    return [`${at}: not a text object`];
  }
  return nonEmpty(value.text, at, max);
}

function plainText(value: unknown, at: string, max: number, required: boolean): string[] {
  if (value === undefined) return required ? [`${at}: missing`] : [];
  if (!isObject(value) || value.type !== 'plain_text') return [`${at}: must be plain_text`];
  return nonEmpty(value.text, at, max);
}

function nonEmpty(text: unknown, at: string, max: number): string[] {
  if (typeof text !== 'string' || text.length === 0) return [`${at}: text is empty`];
  return text.length > max ? [`${at}: ${text.length} characters, at most ${max}`] : [];
}

function maxLen(value: unknown, at: string, max: number): string[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [`${at}: not a string`];
  return value.length > max ? [`${at}: ${value.length} characters, at most ${max}`] : [];
}
