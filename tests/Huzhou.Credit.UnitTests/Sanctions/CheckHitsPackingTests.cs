using System.Text;
using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.UnitTests.Sanctions;

/// <summary>The check log's packed hits: what goes in comes out, smaller, and nothing unreadable passes silently.</summary>
public sealed class CheckHitsPackingTests
{
    private const string SeriousRecords = """
        [{"rule":"36个月内严重失信记录：审慎办理","measure":"CF-XYHC","action":"Warn","facts":["行政处罚信息 湖市监处罚〔2026〕3607753号（2026-09-05，严重）","行政处罚信息 湖市监处罚〔2026〕9745357号（2026-09-01，严重）","行政处罚信息 湖市监处罚〔2026〕4345961号（2026-08-25，严重）","行政处罚信息 湖市监处罚〔2026〕2243841号（2026-05-18，严重）"]}]
        """;

    [Fact]
    public void Hits_come_back_exactly_and_take_much_less_room()
    {
        var packed = Pack(SeriousRecords);

        Assert.Equal(CheckHitsPacking.BrotliTag, packed[0]);
        Assert.True(packed.Length < Encoding.UTF8.GetByteCount(SeriousRecords) * 7 / 10, $"packed {packed.Length} of {Encoding.UTF8.GetByteCount(SeriousRecords)} bytes");
        Assert.Equal(SeriousRecords, CheckHitsPacking.Unpack(packed));
    }

    [Fact]
    public void No_hits_and_short_json_are_kept_as_they_are()
    {
        Assert.Equal("[]"u8.ToArray(), Pack("[]"));
        Assert.Equal("[]", CheckHitsPacking.Unpack(CheckHitsPacking.NoHits));
        Assert.Equal("[{\"rule\":\"x\"}]", CheckHitsPacking.Unpack(Pack("[{\"rule\":\"x\"}]")));
    }

    [Fact]
    public void Json_that_would_not_shrink_is_kept_as_it_is()
    {
        // Random hex does not compress below its length plus the header.
        var json = $"[\"{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))}\"]";

        var packed = Pack(json);

        Assert.Equal((byte)'[', packed[0]);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), packed.Length);
        Assert.Equal(json, CheckHitsPacking.Unpack(packed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData(" [\"leading space\"]")]
    [InlineData("{\"rule\":\"an object, not an array of hits\"}")]
    public void Only_a_json_array_is_packed_so_that_everything_written_can_be_read(string json)
    {
        Assert.Throws<ArgumentException>(() => Pack(json));
    }

    [Fact]
    public void A_record_reads_its_hits_from_either_column()
    {
        var packedRow = new CheckRecord { PackedHits = Pack(SeriousRecords) };
        var olderRow = new CheckRecord { PackedHits = null, LegacyHits = SeriousRecords };

        Assert.Equal(SeriousRecords, packedRow.Hits);
        Assert.Equal(SeriousRecords, olderRow.Hits);
        Assert.Equal("[]", new CheckRecord().Hits);
    }

    [Fact]
    public void Values_in_no_known_format_are_refused()
    {
        var packed = Pack(SeriousRecords);

        Assert.Throws<FormatException>(() => CheckHitsPacking.Unpack([]));
        Assert.Throws<FormatException>(() => CheckHitsPacking.Unpack([0x7b, 0x7d])); // "{}": not a packed value
        Assert.Throws<FormatException>(() => CheckHitsPacking.Unpack(packed[..(packed.Length / 2)])); // cut short
        var wrongLength = (byte[])packed.Clone();
        wrongLength[1]++;
        Assert.Throws<FormatException>(() => CheckHitsPacking.Unpack(wrongLength));
    }

    private static byte[] Pack(string json) => CheckHitsPacking.Pack(Encoding.UTF8.GetBytes(json));
}
