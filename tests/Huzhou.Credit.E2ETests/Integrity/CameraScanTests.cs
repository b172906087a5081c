using System.Text;
using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using QRCoder;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Integrity;

/// <summary>
/// Issue #26: the verifier's camera scan works without BarcodeDetector (iPhone Safari, Firefox). A Chromium of its own
/// gets a fake camera that films a citizen's integrity code (a Y4M file drawn from the code's QR matrix), the page's
/// BarcodeDetector is removed before any script runs, and the jsQR fallback must read the code and submit it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CameraScanTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task The_camera_scan_reads_a_code_with_jsQR_where_BarcodeDetector_is_missing()
    {
        var code = "";
        await InBrowserAsync(async page =>
        {
            await page.GotoAsync("/citizen/login");
            await page.Locator("#loginName").FillAsync("shimin.demo");
            await page.Locator("#password").FillAsync(DemoAccounts.Password);
            await page.Locator("#citizen-login button[type=submit]").ClickAsync();
            await Expect(page.Locator("#qr")).ToBeVisibleAsync();
            code = (await page.Locator("#code").InputValueAsync()).Trim();
        });
        Assert.False(string.IsNullOrEmpty(code));

        var video = Path.Combine(Path.GetTempPath(), $"credit-qr-{Guid.NewGuid():N}.y4m");
        WriteQrVideo(code, video);
        try
        {
            var chromium = Environment.GetEnvironmentVariable(E2EFixture.ChromiumVariable) is { Length: > 0 } configured ? configured : E2EFixture.DefaultChromium;
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = [.. E2EFixture.ChromiumArgs, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video],
            });
            await using var context = await browser.NewContextAsync(new() { BaseURL = Fixture.BaseUrl.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 } });
            await context.GrantPermissionsAsync(["camera"], new() { Origin = Fixture.BaseUrl.GetLeftPart(UriPartial.Authority) });
            context.SetDefaultTimeout(15_000);
            // As on iPhone Safari and Firefox: no BarcodeDetector at all.
            await context.AddInitScriptAsync("delete window.BarcodeDetector; delete globalThis.BarcodeDetector;");
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);

            await SignInAsync(page, DemoAccounts.LibraryVerifier);
            await page.GotoAsync("/integrity/verify");
            var button = page.Locator("#scan-button");
            await Expect(button).ToBeVisibleAsync();
            await Expect(button).ToHaveAttributeAsync("data-decoder", "jsqr");
            await button.ClickAsync();

            await Expect(page.Locator("#level")).ToHaveTextAsync("A 诚信合格", new() { Timeout = 20_000 });
            Assert.Empty(errors);
        }
        finally
        {
            File.Delete(video);
        }
    }

    /// <summary>A few 640×480 frames (Y4M, 4:2:0) of the code's QR modules, black on white, 7 px a module.</summary>
    private static void WriteQrVideo(string text, string path)
    {
        const int width = 640, height = 480;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var module = Math.Min(height / size, 7);
        var left = (width - (size * module)) / 2;
        var top = (height - (size * module)) / 2;
        var luma = new byte[width * height];
        Array.Fill(luma, (byte)235);
        for (var y = 0; y < size * module; y++)
        {
            for (var x = 0; x < size * module; x++)
            {
                if (matrix[y / module][x / module])
                {
                    luma[((top + y) * width) + left + x] = 16;
                }
            }
        }

        var chroma = new byte[width * height / 4];
        Array.Fill(chroma, (byte)128);
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < 5; frame++)
        {
            file.Write(Encoding.ASCII.GetBytes("FRAME\n"));
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
    }
}
