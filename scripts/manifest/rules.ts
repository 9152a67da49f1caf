/** Offline checks of an Outlook add-in only manifest, each returning the problems it found. */
import { childrenNamed, descendants, type XmlElement } from './xml-reader';

export interface ManifestProblem {
  /** Short stable code, e.g. 'order' or 'resid'. */
  code: string;
  message: string;
  line?: number;
}

export const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** OfficeApp's children for a MailApp, in schema order, and whether each is required. */
export const MAIL_APP_CHILDREN: readonly (readonly [string, boolean])[] = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', false],
  ['HighResolutionIconUrl', false],
  ['SupportUrl', false],
  ['AppDomains', false],
  ['Hosts', false],
  ['Requirements', true],
  ['FormSettings', true],
  ['Permissions', false],
  ['Rule', true],
  ['DisableEntityHighlighting', false],
  ['VersionOverrides', false],
  ['Signature', false],
];

/** VersionOverrides' children (mail 1.0 and 1.1), in schema order. */
const VERSION_OVERRIDES_CHILDREN: readonly (readonly [string, boolean])[] = [
  ['Description', false],
  ['Requirements', false],
  ['Hosts', true],
  ['Resources', true],
  ['EquivalentAddins', false],
  ['WebApplicationInfo', false],
  ['VersionOverrides', false],
];

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const URL_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

/** Which Resources list a `resid` must point into, by the referring element's local name. */
const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  Url: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Children of `parent` must appear in `order`, each at most once, the required ones present. */
export function checkChildOrder(
  parent: XmlElement,
  order: readonly (readonly [string, boolean])[],
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const names = order.map(([name]) => name);
  let lastIndex = -1;
  let lastName = '';

  for (const child of parent.children) {
    const index = names.indexOf(child.localName);
    if (index < 0) {
      problems.push({
        code: 'unknown-element',
        message: `<${child.name}> is not allowed inside <${parent.name}>`,
        line: child.line,
      });
    } else if (index === lastIndex) {
      problems.push({
        code: 'duplicate-element',
        message: `<${child.localName}> appears more than once inside <${parent.name}>`,
        line: child.line,
      });
    } else if (index < lastIndex) {
      problems.push({
        code: 'order',
        message: `<${child.localName}> must come before <${lastName}> inside <${parent.name}>`,
        line: child.line,
      });
    } else {
      lastIndex = index;
      lastName = child.localName;
    }
  }

  for (const [name, required] of order) {
    if (required && !childrenNamed(parent, name).length) {
      problems.push({
        code: 'missing-element',
        message: `required element <${name}> is missing inside <${parent.name}>`,
        line: parent.line,
      });
    }
  }
  return problems;
}

export function checkRoot(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  if (root.localName !== 'OfficeApp' || root.namespace !== OFFICE_APP_NAMESPACE) {
    problems.push({
      code: 'root',
      message: `the root element must be <OfficeApp xmlns="${OFFICE_APP_NAMESPACE}">`,
      line: root.line,
    });
  }
  if (root.attributes.get('xsi:type') !== 'MailApp') {
    problems.push({ code: 'root', message: 'OfficeApp must have xsi:type="MailApp"', line: 1 });
  }
  return problems;
}

export function checkIdAndVersion(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const id of childrenNamed(root, 'Id')) {
    if (!GUID.test(id.text.trim())) {
      problems.push({
        code: 'id',
        message: `<Id> must be a GUID like 8-4-4-4-12 hex digits, found "${id.text.trim()}"`,
        line: id.line,
      });
    }
  }
  for (const version of childrenNamed(root, 'Version')) {
    if (!VERSION.test(version.text.trim())) {
      problems.push({
        code: 'version',
        message:
          '<Version> must be 1 to 4 dot-separated parts of 1 to 5 digits, ' +
          `found "${version.text.trim()}"`,
        line: version.line,
      });
    }
  }
  return problems;
}

/** The VersionOverrides elements, outermost first, each checked for order and resids. */
export function checkVersionOverrides(root: XmlElement): ManifestProblem[] {
  const blocks = descendants(root).filter((el) => el.localName === 'VersionOverrides');
  return blocks.flatMap((block) => [
    ...checkChildOrder(block, VERSION_OVERRIDES_CHILDREN),
    ...checkResids(block),
  ]);
}

/** Elements that belong to `block` itself, not to a VersionOverrides nested in it. */
function ownDescendants(block: XmlElement): XmlElement[] {
  return block.children
    .filter((child) => child.localName !== 'VersionOverrides')
    .flatMap((child) => [child, ...ownDescendants(child)]);
}

/** Every `resid` must name a resource of the right kind in the same block's Resources. */
function checkResids(block: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const defined = new Map<string, string>();

  for (const resources of childrenNamed(block, 'Resources')) {
    for (const list of resources.children) {
      for (const entry of list.children) {
        const id = entry.attributes.get('id');
        if (id === undefined) continue;
        if (defined.has(id)) {
          problems.push({
            code: 'resid',
            message: `resource id "${id}" is defined twice`,
            line: entry.line,
          });
        }
        defined.set(id, list.localName);
      }
    }
  }

  for (const element of ownDescendants(block)) {
    const resid = element.attributes.get('resid');
    if (resid === undefined) continue;
    const kind = defined.get(resid);
    const expected = RESOURCE_KIND[element.localName];
    if (!kind) {
      problems.push({
        code: 'resid',
        message:
          `<${element.name} resid="${resid}"> is not defined in the <Resources> ` +
          'of its own VersionOverrides block',
        line: element.line,
      });
    } else if (expected && kind !== expected) {
      problems.push({
        code: 'resid',
        message:
          `<${element.name} resid="${resid}"> must point into <bt:${expected}>, ` +
          `not <bt:${kind}>`,
        line: element.line,
      });
    }
  }
  return problems;
}

/** Every URL in the manifest (attribute or text), except namespace declarations. */
export function collectUrls(root: XmlElement): { url: string; element: XmlElement }[] {
  const urls: { url: string; element: XmlElement }[] = [];
  for (const element of [root, ...descendants(root)]) {
    for (const [name, value] of element.attributes) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (URL_SCHEME.test(value.trim())) urls.push({ url: value.trim(), element });
    }
    if (URL_SCHEME.test(element.text.trim())) urls.push({ url: element.text.trim(), element });
  }
  return urls;
}

export function checkHttpsOnly(root: XmlElement): ManifestProblem[] {
  return collectUrls(root)
    .filter(({ url }) => !url.toLowerCase().startsWith('https://'))
    .map(({ url, element }) => ({
      code: 'https',
      message: `<${element.name}> uses "${url}": every URL must be https`,
      line: element.line,
    }));
}

/** Image URLs: IconUrl, HighResolutionIconUrl and the bt:Image resources. */
export function collectImageUrls(root: XmlElement): { url: string; element: XmlElement }[] {
  const imageElements = new Set(['IconUrl', 'HighResolutionIconUrl', 'Image']);
  return collectUrls(root).filter(({ element }) => {
    const own = imageElements.has(element.localName);
    const override = element.localName === 'Override' && element.parent;
    return own || (override && imageElements.has(override.localName));
  });
}
