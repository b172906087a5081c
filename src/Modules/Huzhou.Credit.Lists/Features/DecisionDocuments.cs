using System.Security.Cryptography;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The decision document (认定决定书) of a proposal: a PDF, JPEG or PNG recognised by its first bytes
/// (<see cref="UploadedFiles.Sniff"/>, as every upload of the platform) and checked to be whole — a PDF ends with its
/// <c>%%EOF</c> marker, a JPEG with its end-of-image marker, a PNG with its <c>IEND</c> chunk — so a renamed or cut-off
/// file is refused; at most <see cref="MaxBytes"/>. Required for black lists (the decision is what the listing rests on
/// and what the subject may contest), optional for red lists.
/// </summary>
internal static class DecisionDocuments
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The form's field, for the message.</summary>
    public const string Field = "DecisionDocument";

    /// <summary>The stored document (without its entry), null when none was sent and none is required, or why it is refused.</summary>
    public static async Task<Result<ListEntryDocument?>> ReadAsync(FileUpload? upload, bool required, string uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return required
                ? Result<ListEntryDocument?>.Failure($"请上传认定决定书（{UploadedFiles.AcceptedNames}，10 MB 以内）：列入黑名单须附认定决定书。", Field)
                : Result<ListEntryDocument?>.Success(null);
        }

        if (upload.Length > MaxBytes)
        {
            return Result<ListEntryDocument?>.Failure("认定决定书超过 10 MB，请压缩或分辨率适当降低后上传。", Field);
        }

        var bytes = await upload.ReadAllAsync(cancellationToken);
        var type = UploadedFiles.Sniff(bytes);
        if (type is null)
        {
            return Result<ListEntryDocument?>.Failure($"认定决定书只接受 {UploadedFiles.AcceptedNames} 文件（按文件内容识别，不看扩展名）。", Field);
        }

        if (!IsWhole(bytes, type))
        {
            return Result<ListEntryDocument?>.Failure("认定决定书文件不完整或已损坏，请重新扫描或导出后上传。", Field);
        }

        return Result<ListEntryDocument?>.Success(new ListEntryDocument
        {
            FileName = NameOf(upload, type),
            ContentType = type,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        });
    }

    /// <summary>Whether the file ends as its format requires (trailing padding of scanners and editors tolerated).</summary>
    internal static bool IsWhole(ReadOnlySpan<byte> bytes, string contentType)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return contentType switch
        {
            "application/pdf" => tail.IndexOf("%%EOF"u8) >= 0,
            "image/jpeg" => tail.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0,
            "image/png" => tail.IndexOf("IEND"u8) >= 0,
            _ => false,
        };
    }

    private static string NameOf(FileUpload upload, string contentType)
    {
        // The name without any path (some browsers send C:\...\决定书.pdf), or a plain one when nothing is left.
        var file = upload.BareName(200);
        return file.Length > 0 ? file : "认定决定书" + (contentType == "application/pdf" ? ".pdf" : contentType == "image/png" ? ".png" : ".jpg");
    }
}
