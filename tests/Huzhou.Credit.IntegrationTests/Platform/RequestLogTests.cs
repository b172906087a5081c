using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Web.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Issue #23 §12: an ID number sent in a URL path never reaches the request log. The request log writes its path
/// through <see cref="LoggedPath"/> (PlatformSetup's request-logging options); the test host logs warnings only, so the
/// masking itself is tested here.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public void An_id_number_in_a_request_path_is_masked_and_a_credit_code_is_not()
    {
        var id = Unique.ResidentId("330502");
        var code = UnifiedSocialCreditCode.Compose("91", "330502", "25167242").Value;

        Assert.Equal($"/api/v1/subjects/{Masking.IdNumber(id)}", LoggedPath.Mask($"/api/v1/subjects/{id}"));
        Assert.Equal($"/api/v1/subjects/{code}", LoggedPath.Mask($"/api/v1/subjects/{code}"));
        Assert.Equal("/subjects/42/records/7", LoggedPath.Mask("/subjects/42/records/7"));
        Assert.DoesNotContain("330502199001", LoggedPath.Mask("/x/330502199001011236/y"), StringComparison.Ordinal);
    }
}
