using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>Issue #23 §12: an ID number sent in a URL path never reaches the request log.</summary>
[Collection(CreditCollection.Name)]
public sealed class RequestLogTests(CreditAppFactory factory)
{
    [Fact]
    public async Task An_id_number_in_a_request_path_is_masked_in_the_request_log()
    {
        var id = Unique.ResidentId("330502");
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync($"/api/v1/subjects/{id}");

        // The request log line is written after the response: wait until it is there (or give up), then look.
        var masked = $"/api/v1/subjects/{Masking.IdNumber(id)}";
        for (var i = 0; i < 50 && !LogFiles.Contain(masked) && !LogFiles.Contain(id); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(LogFiles.Contain(id), "the full ID number was logged");
        Assert.True(LogFiles.Contain(masked), "the request was not logged with the masked path");
    }
}
