using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>Uploaded documents are recognised by their content, never by their name.</summary>
public sealed class UploadedFilesTests
{
    [Fact]
    public void PDF_JPEG_and_PNG_are_recognised_by_their_first_bytes()
    {
        Assert.Equal("application/pdf", UploadedFiles.Sniff("%PDF-1.7\n"u8));
        Assert.Equal("image/jpeg", UploadedFiles.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0x00]));
        Assert.Equal("image/png", UploadedFiles.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));
    }

    [Fact]
    public void Anything_else_is_refused_whatever_it_is_called()
    {
        Assert.Null(UploadedFiles.Sniff("PK\u0003\u0004word/document.xml"u8));
        Assert.Null(UploadedFiles.Sniff("MZ\u0090\0"u8));
        Assert.Null(UploadedFiles.Sniff("<html>%PDF-"u8));
        Assert.Null(UploadedFiles.Sniff([]));
    }
}
