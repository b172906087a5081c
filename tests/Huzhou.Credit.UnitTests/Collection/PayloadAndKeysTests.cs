using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.UnitTests.Collection;

/// <summary>
/// The stored forms a delivery produces (payload text, content hash) are what existing records were written with:
/// each fast path is compared with the code it replaced, kept here as the oracle.
/// </summary>
public sealed class PayloadAndKeysTests
{
    private static readonly CatalogueItemVersion Penalty = StandardItems.Penalty();

    [Fact]
    public void Payload_text_is_what_the_json_writer_wrote_for_every_character_of_the_basic_plane()
    {
        using var builder = new PayloadBuilder(Penalty);
        var values = new string?[Penalty.Fields.Count];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            Array.Clear(values);
            var slot = c % values.Length;
            if (Penalty.Fields[slot].Type == FieldType.IdNumber)
            {
                slot = (slot + 1) % values.Length;
            }

            values[slot] = "当事人" + (char)c + "ab";
            values[(slot + 7) % values.Length] = ((char)c).ToString();
            Assert.Equal(LegacyPayload(Penalty, values), builder.Build(values));
        }
    }

    [Fact]
    public void Payload_text_is_what_the_json_writer_wrote_for_real_rows_masked_ids_and_rare_characters()
    {
        using var builder = new PayloadBuilder(Penalty);
        string?[] samples =
        [
            null, "", "湖州某某科技有限公司", "经查，当事人销售不符合食品安全标准的食品，事实清楚，证据确凿。", "《中华人民共和国食品安全法》第一百二十四条",
            "01,03", "2024-03-05", "2", "11010519491231002X", "330502200001010000", "say \"hi\"", "back\\slash", "tab\there", "line\r\nbreak",
            "<script>&'", "𠀀𪚥 (outside the basic plane)", "\ud800 lone", "tail \udc00", "\u2028\u2029", "\u00a0nbsp", "\u007f", "emoji 😀", "€£¥",
        ];
        var random = new Random(7);
        var values = new string?[Penalty.Fields.Count];
        for (var n = 0; n < 5_000; n++)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = samples[random.Next(samples.Length)];
            }

            Assert.Equal(LegacyPayload(Penalty, values), builder.Build(values));
        }
    }

    [Fact]
    public void Personal_fields_are_masked_in_the_payload_and_their_clear_values_come_out_beside_it()
    {
        using var builder = new PayloadBuilder(Penalty);
        var values = new string?[Penalty.Fields.Count];
        var representative = Penalty.IndexOfField("法定代表人证件号码");
        var name = Penalty.IndexOfField("法定代表人");
        var subjectId = Penalty.IndexOfField("证件号码");
        var representativeId = ResidentIdNumber.Compose("330502", new DateOnly(1985, 3, 14), 11).Value;
        var personId = ResidentIdNumber.Compose("330522", new DateOnly(1990, 7, 1), 12).Value;
        values[0] = "某公司";
        values[name] = "沈建国";
        values[representative] = representativeId;
        values[subjectId] = personId;

        var (payload, personal) = builder.BuildRow(values, null);

        Assert.DoesNotContain(representativeId, payload, StringComparison.Ordinal);
        Assert.DoesNotContain(personId, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("沈建国", payload, StringComparison.Ordinal);
        var stored = JsonDocument.Parse(payload).RootElement;
        Assert.Equal(representativeId[..6] + "********" + representativeId[^4..], stored[representative].GetString());
        Assert.Equal("沈*国", stored[name].GetString());
        // The subject's own ID number is encrypted in the registry, not beside the payload.
        Assert.Equal($"{{\"{name}\":\"沈建国\",\"{representative}\":\"{representativeId}\"}}", personal);

        values[name] = null;
        values[representative] = null;
        Assert.Null(builder.BuildRow(values, null).Personal);

        // A passport number is masked as a name is.
        values[representative] = "E12345678";
        Assert.Equal("E*******8", JsonDocument.Parse(builder.BuildRow(values, null).Payload).RootElement[representative].GetString());
    }

    [Fact]
    public void Content_hash_is_the_hash_of_the_formatted_prefix_and_payload_as_before()
    {
        var scratch = new byte[SHA256.HashSizeInBytes];
        DateOnly?[] dates = [null, new DateOnly(1, 1, 1), new DateOnly(999, 5, 6), new DateOnly(2024, 2, 29), new DateOnly(9999, 12, 31)];
        PenaltyClass?[] classes = [null, PenaltyClass.Minor, PenaltyClass.General, PenaltyClass.Serious];
        var count = 0;
        foreach (var version in new[] { 1, 12, -3, int.MaxValue })
        {
            foreach (var decision in dates.OfType<DateOnly>())
            {
                foreach (var end in dates)
                {
                    foreach (var penaltyClass in classes)
                    {
                        foreach (var rule in new[] { "2019", "fixed", "", "规则 2025" })
                        {
                            var period = new PublicityPeriod(decision, end, count % 3 == 0 ? null : decision, penaltyClass, rule, count % 2 == 0);
                            var record = new IncomingCreditRecord(count, SubjectKeyKind.Uscc, "x", "n", "XZCF", version, "k", decision, period,
                                count % 5 == 0 ? "[]" : $"[\"湖州 {count}\",null,\"2\"]");
                            Assert.Equal(LegacyContentHash(record), ContentHash.Compute(record, scratch));
                            count++;
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-00-10")]
    [InlineData("2024-12-32")]
    [InlineData("2024-1-10")]
    [InlineData("2024/01/10")]
    [InlineData(" 2024-01-10")]
    [InlineData("2024-01-1a")]
    [InlineData("２０２４-01-10")]
    [InlineData("")]
    [InlineData(null)]
    public void Decision_dates_are_read_as_the_exact_iso_parse_reads_them(string? text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        Assert.Equal(expected, BatchProcessor.TryParseIsoDate(text, out var date));
        Assert.Equal(expectedDate, date);
    }

    [Fact]
    public void Credit_code_fast_path_agrees_with_the_parser_on_valid_and_mutated_codes()
    {
        var random = new Random(11);
        const string Characters = UnifiedSocialCreditCode.Alphabet + "IOSVZabc ０Ａ-";
        var prefixes = UnifiedSocialCreditCode.ValidPrefixes.Concat(["00", "9A", "1Y"]).ToArray();
        for (var n = 0; n < 20_000; n++)
        {
            var body = new string(Enumerable.Range(0, 8).Select(_ => UnifiedSocialCreditCode.Alphabet[random.Next(UnifiedSocialCreditCode.Alphabet.Length)]).ToArray());
            var code = UnifiedSocialCreditCode.Compose(UnifiedSocialCreditCode.ValidPrefixes[random.Next(UnifiedSocialCreditCode.ValidPrefixes.Count)], "330502", body).Value.ToCharArray();
            switch (random.Next(4))
            {
                case 1:
                    code[random.Next(code.Length)] = Characters[random.Next(Characters.Length)];
                    break;
                case 2:
                    prefixes[random.Next(prefixes.Length)].CopyTo(0, code, 0, 2);
                    break;
                case 3:
                    code = code[..random.Next(code.Length)];
                    break;
            }

            var text = new string(code);
            var parsed = UnifiedSocialCreditCode.TryParse(text);
            var expected = parsed.Succeeded && !parsed.HasWarnings && parsed.Value!.Value == text;
            Assert.Equal(expected, UnifiedSocialCreditCode.IsNormalisedAndValid(text));
            if (parsed.Succeeded)
            {
                Assert.Equal(parsed.Value!.Kind, UnifiedSocialCreditCode.KindOf(parsed.Value.Value.AsSpan(0, 2)));
            }
        }
    }

    /// <summary>The payload as BatchProcessor wrote it before (a new Utf8JsonWriter per row, decoded to a string).</summary>
    private static string LegacyPayload(CatalogueItemVersion item, string?[] values)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            for (var i = 0; i < item.Fields.Count; i++)
            {
                if (values[i] is { } value)
                {
                    // ADR 0015: every personal field is masked (before it, ID-number fields only; Masking.IdNumber as before).
                    json.WriteStringValue(PersonalPayloadFields.IsPersonal(item.Fields[i]) ? PersonalPayloadFields.Mask(item.Fields[i], value) : value);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The content hash as the writer computed it before (an interpolated, formatted prefix).</summary>
    private static byte[] LegacyContentHash(IncomingCreditRecord record)
    {
        var p = record.Publicity;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{record.ItemVersion}|{record.DecisionDate:yyyyMMdd}|{p.Start:yyyyMMdd}|{p.End:yyyyMMdd}|{p.MinimumEnd:yyyyMMdd}|{(int?)p.Class}|{p.RuleVersion}|{p.Published}|");
        return SHA256.HashData(Encoding.UTF8.GetBytes(text + record.PayloadJson)).AsSpan(0, ContentHash.Length).ToArray();
    }
}
