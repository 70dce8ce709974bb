// Article text out of an HTML page with gumbo (include/marsad/batch.h): title, headings and
// paragraphs; no scripts, navigation, menus or link lists (language switchers, share bars).
#include <gumbo.h>

#include <cstring>
#include <string>

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

// Text of a subtree; counts the part inside links to tell link lists from prose.
void InlineText(const GumboNode* n, std::string* out, size_t* link_chars, bool in_link) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    size_t before = out->size();
    AppendCollapsed(out, n->v.text.text);
    if (in_link) *link_chars += out->size() - before;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = n->v.element;
  if (SkippedTag(e.tag)) return;
  if (e.tag == GUMBO_TAG_BR) {
    AppendCollapsed(out, " ");
    return;
  }
  bool link = in_link || e.tag == GUMBO_TAG_A;
  for (unsigned i = 0; i < e.children.length; ++i) {
    InlineText(static_cast<const GumboNode*>(e.children.data[i]), out, link_chars, link);
  }
}

struct Collector {
  bool keep_header = false;  // inside <article>/<main> a <header> holds the headline
  std::vector<std::string> paragraphs;
  std::string first_h1;
};

void CollectBlocks(const GumboNode* n, Collector* c) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = n->v.element;
  if (SkippedTag(e.tag) || BoilerplateAttrs(e)) return;
  if (e.tag == GUMBO_TAG_HEADER && !c->keep_header) return;
  if (BlockTag(e.tag)) {
    // A block holding further blocks (li > p) is read through its children.
    bool nested = false;
    for (unsigned i = 0; i < e.children.length && !nested; ++i) {
      const auto* ch = static_cast<const GumboNode*>(e.children.data[i]);
      nested = ch->type == GUMBO_NODE_ELEMENT && BlockTag(ch->v.element.tag);
    }
    if (!nested) {
      std::string text;
      size_t link_chars = 0;
      InlineText(n, &text, &link_chars, false);
      text = Trim(std::move(text));
      if (text.empty()) return;
      // Mostly links (menus, language switchers, "read more" lists): not prose.
      if (link_chars * 2 > text.size()) return;
      // List items and cells are kept only when they read like sentences.
      if ((e.tag == GUMBO_TAG_LI || e.tag == GUMBO_TAG_TD) && text.size() < 40) return;
      if (e.tag == GUMBO_TAG_H1 && c->first_h1.empty()) c->first_h1 = text;
      c->paragraphs.push_back(std::move(text));
      return;
    }
  }
  for (unsigned i = 0; i < e.children.length; ++i) CollectBlocks(static_cast<const GumboNode*>(e.children.data[i]), c);
}

// The first element with one of the tags, depth first.
const GumboNode* Find(const GumboNode* n, GumboTag a, GumboTag b = GUMBO_TAG_UNKNOWN) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboElement& e = n->v.element;
  if (e.tag == a || (b != GUMBO_TAG_UNKNOWN && e.tag == b)) return n;
  if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) return nullptr;
  for (unsigned i = 0; i < e.children.length; ++i) {
    if (const GumboNode* f = Find(static_cast<const GumboNode*>(e.children.data[i]), a, b)) return f;
  }
  return nullptr;
}

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  HtmlText r;
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
