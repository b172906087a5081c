using System.Globalization;
using System.Text;
using System.Xml;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// A column's Atom 1.0 feed (RFC 4287): feed and entry ids are the absolute addresses of the pages, built from the
/// configured public address (<c>Publicity:PublicBaseUrl</c>, else <c>Dossier:PublicBaseUrl</c>, else the request's own);
/// entry content is the article's body as sanitised HTML.
/// </summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(PublicColumn column, IReadOnlyList<(PublicArticleRow Row, string Body)> entries, string baseUrl, ArticleSanitiser sanitiser, DateTimeOffset now)
    {
        var root = baseUrl.TrimEnd('/');
        var columnUrl = root + PublicityReader.ColumnPath(column.Slug);
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Ns, columnUrl);
            xml.WriteElementString("title", Ns, "信用湖州 · " + column.Name);
            if (!string.IsNullOrEmpty(column.Description))
            {
                xml.WriteElementString("subtitle", Ns, column.Description);
            }

            xml.WriteElementString("updated", Ns, Stamp(entries.Count == 0 ? now : entries.Max(e => Max(e.Row.PublishedAt, e.Row.UpdatedAt))));
            Link(xml, "self", columnUrl + "/feed.atom", "application/atom+xml");
            Link(xml, "alternate", columnUrl, "text/html");
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "湖州市公共信用信息平台");
            xml.WriteEndElement();
            foreach (var (row, body) in entries)
            {
                var url = root + PublicityReader.ArticlePath(column.Slug, row.Id);
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("id", Ns, url);
                xml.WriteElementString("title", Ns, row.Title);
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("published", Ns, Stamp(row.PublishedAt));
                xml.WriteElementString("updated", Ns, Stamp(Max(row.PublishedAt, row.UpdatedAt)));
                if (!string.IsNullOrEmpty(row.Source))
                {
                    xml.WriteStartElement("author", Ns);
                    xml.WriteElementString("name", Ns, row.Source);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Ns);
                xml.WriteString(row.Summary ?? ArticleSanitiser.PlainText(body, 200));
                xml.WriteEndElement();
                xml.WriteStartElement("content", Ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(Absolute(sanitiser.Sanitise(body), root));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output is declared as UTF-16; the response is UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Makes the module's own relative addresses (attachments) absolute, as a feed reader needs them.</summary>
    private static string Absolute(string html, string root) =>
        html.Replace("src=\"" + ArticleSanitiser.FilePathPrefix, "src=\"" + root + ArticleSanitiser.FilePathPrefix, StringComparison.Ordinal)
            .Replace("href=\"" + ArticleSanitiser.FilePathPrefix, "href=\"" + root + ArticleSanitiser.FilePathPrefix, StringComparison.Ordinal);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
