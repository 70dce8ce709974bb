// Article text out of an HTML page with gumbo (include/marsad/batch.h): title, headings and
// paragraphs; no scripts, navigation, menus or link lists (language switchers, share bars).
#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "marsad/batch.h"

namespace marsad::batch {

namespace {

// Elements whose whole subtree is never article text.
bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_MENU: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool Contains(const char* hay, const char* needle) { return hay != nullptr && std::strstr(hay, needle) != nullptr; }

// Boilerplate announced by class, id or role (menus, language switchers, share bars…).
bool BoilerplateAttrs(const GumboElement& e) {
  static const char* kWords[] = {"nav",    "menu",   "footer", "sidebar", "breadcrumb", "share", "social",
                                 "lang",   "cookie", "banner", "advert",  "related",    "comment", "masthead",
                                 "topbar", "subscribe"};
  for (const char* attr : {"class", "id", "role"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (a == nullptr) continue;
    std::string v(a->value);
    for (auto& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : kWords) {
      if (Contains(v.c_str(), w)) return true;
    }
  }
  return false;
}

bool BlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

// Collapses runs of whitespace to one space and trims.
void AppendCollapsed(std::string* out, std::string_view s) {
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// Text of a subtree; counts the part inside links to tell link lists from prose. Walks the
// tree with its own stack: a page may nest elements thousands deep.
void InlineText(const GumboNode* root, std::string* out, size_t* link_chars, bool root_in_link) {
  std::vector<std::pair<const GumboNode*, bool>> todo{{root, root_in_link}};
  while (!todo.empty()) {
    auto [n, in_link] = todo.back();
    todo.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      size_t before = out->size();
      AppendCollapsed(out, n->v.text.text);
      if (in_link) *link_chars += out->size() - before;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (SkippedTag(e.tag)) continue;
    if (e.tag == GUMBO_TAG_BR) {
      AppendCollapsed(out, " ");
      continue;
    }
    bool link = in_link || e.tag == GUMBO_TAG_A;
    for (unsigned i = e.children.length; i-- > 0;)
      todo.emplace_back(static_cast<const GumboNode*>(e.children.data[i]), link);
  }
}

struct Collector {
  bool keep_header = false;  // inside <article>/<main> a <header> holds the headline
  std::vector<std::string> paragraphs;
  std::string first_h1;
};

// One block: its text becomes a paragraph, or it holds further blocks (li > p) and is read
// through its children (false).
bool CollectBlock(const GumboNode* n, Collector* c) {
  const GumboElement& e = n->v.element;
  for (unsigned i = 0; i < e.children.length; ++i) {
    const auto* ch = static_cast<const GumboNode*>(e.children.data[i]);
    if (ch->type == GUMBO_NODE_ELEMENT && BlockTag(ch->v.element.tag)) return false;
  }
  std::string text;
  size_t link_chars = 0;
  InlineText(n, &text, &link_chars, false);
  text = Trim(std::move(text));
  if (text.empty()) return true;
  // Mostly links (menus, language switchers, "read more" lists): not prose.
  if (link_chars * 2 > text.size()) return true;
  // List items and cells are kept only when they read like sentences.
  if ((e.tag == GUMBO_TAG_LI || e.tag == GUMBO_TAG_TD) && text.size() < 40) return true;
  if (e.tag == GUMBO_TAG_H1 && c->first_h1.empty()) c->first_h1 = text;
  c->paragraphs.push_back(std::move(text));
  return true;
}

// The blocks of a subtree in document order (depth first, with an explicit stack).
void CollectBlocks(const GumboNode* root, Collector* c) {
  std::vector<const GumboNode*> todo{root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (SkippedTag(e.tag) || BoilerplateAttrs(e)) continue;
    if (e.tag == GUMBO_TAG_HEADER && !c->keep_header) continue;
    if (BlockTag(e.tag) && CollectBlock(n, c)) continue;
    for (unsigned i = e.children.length; i-- > 0;) todo.push_back(static_cast<const GumboNode*>(e.children.data[i]));
  }
}

// The first element with one of the tags, depth first.
const GumboNode* Find(const GumboNode* root, GumboTag a, GumboTag b = GUMBO_TAG_UNKNOWN) {
  std::vector<const GumboNode*> todo{root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (e.tag == a || (b != GUMBO_TAG_UNKNOWN && e.tag == b)) return n;
    if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) continue;
    for (unsigned i = e.children.length; i-- > 0;) todo.push_back(static_cast<const GumboNode*>(e.children.data[i]));
  }
  return nullptr;
}

// Lowercase ASCII tag name at html[i..] (letters and digits), advancing i past it.
std::string TagName(std::string_view html, size_t* i) {
  std::string name;
  while (*i < html.size() && name.size() < 16 && std::isalnum(static_cast<unsigned char>(html[*i])))
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[(*i)++]))));
  return name;
}

// Elements that never hold others (void) or whose end tag is implied by the next sibling:
// they do not deepen the tree however many a page opens.
bool FlatTag(std::string_view t) {
  static const char* kFlat[] = {"area", "base", "br",  "col",   "embed", "hr",    "img",      "input",    "link",
                                "meta", "param", "source", "track", "wbr", "keygen", "p", "li", "dt", "dd",
                                "td",   "th",   "tr",  "tbody", "thead", "tfoot", "option",   "optgroup", "colgroup",
                                "caption", "rb", "rt", "rp", "html", "head", "body"};
  for (const char* f : kFlat)
    if (t == f) return true;
  return false;
}

// How deep the page nests its elements, by a linear scan of its tags (open minus close;
// comments, scripts and styles skipped). It bounds what gumbo builds: the tree is not
// deeper than this by more than the implied elements, so a page over the bound is refused
// before gumbo spends minutes (and its recursion the stack) on it. Stops counting at `stop`.
size_t TagDepth(std::string_view html, size_t stop) {
  size_t depth = 0, max_depth = 0, i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (html.substr(i, 3) == "!--") {
      size_t end = html.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
    std::string name = TagName(html, &i);
    // The end of the tag, past quoted attribute values.
    char quote = 0;
    while (i < html.size() && (quote || html[i] != '>')) {
      if (quote && html[i] == quote) quote = 0;
      else if (!quote && (html[i] == '"' || html[i] == '\'')) quote = html[i];
      ++i;
    }
    bool self_closing = i > 0 && i < html.size() && html[i - 1] == '/';
    if (closing) {
      if (!FlatTag(name) && depth > 0) --depth;
      continue;
    }
    if (name == "script" || name == "style" || name == "textarea" || name == "title") {
      // Raw text up to the matching end tag (case-insensitive).
      size_t j = i;
      for (;;) {
        j = html.find("</", j);
        if (j == std::string_view::npos) return max_depth;
        size_t k = j + 2;
        if (TagName(html, &k) == name) break;
        j += 2;
      }
      i = j;
      continue;
    }
    if (self_closing || FlatTag(name)) continue;
    if (++depth > max_depth) max_depth = depth;
    if (max_depth > stop) return max_depth;
  }
  return max_depth;
}

}  // namespace

Result<HtmlText> ExtractHtmlText(std::string_view html) {
  HtmlText r;
  if (html.size() > kMaxHtmlBytes) {
    return InvalidInput("HTML page of " + std::to_string(html.size()) + " bytes: more than the " +
                        std::to_string(kMaxHtmlBytes >> 20) + " MiB read from one page");
  }
  if (size_t depth = TagDepth(html, kMaxHtmlDepth); depth > kMaxHtmlDepth) {
    return InvalidInput("HTML nests elements more than " + std::to_string(kMaxHtmlDepth) +
                        " deep: not read (no article page does; a hostile or broken page)");
  }
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;  // parse errors are not needed; gumbo still builds the tree
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (out == nullptr) return r;
  if (const GumboNode* t = Find(out->root, GUMBO_TAG_TITLE)) {
    std::string s;
    size_t links = 0;
    for (unsigned i = 0; i < t->v.element.children.length; ++i) {
      InlineText(static_cast<const GumboNode*>(t->v.element.children.data[i]), &s, &links, false);
    }
    r.title = Trim(std::move(s));
  }
  const GumboNode* root = Find(out->root, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN);
  if (root == nullptr) root = out->root;
  Collector c;
  c.keep_header = root != out->root;
  CollectBlocks(root, &c);
  if (c.paragraphs.empty()) {
    // No blocks: the page's loose text (still without scripts, menus and link lists).
    std::string s;
    size_t links = 0;
    InlineText(root, &s, &links, false);
    s = Trim(std::move(s));
    if (!s.empty() && links * 2 <= s.size()) c.paragraphs.push_back(std::move(s));
  }
  // The headline opens the text; the <title> stands in when the page has no <h1>.
  if (c.first_h1.empty() && !r.title.empty()) c.paragraphs.insert(c.paragraphs.begin(), r.title);
  if (r.title.empty()) r.title = c.first_h1;
  for (const auto& p : c.paragraphs) {
    if (!r.text.empty()) r.text += "\n\n";
    r.text += p;
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return r;
}

}  // namespace marsad::batch
