using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Decrypts what <see cref="KeyRingXmlEncryptor"/> wrote, with the key named in the element (the current or a previous one).
/// Data Protection creates it by type name, with the application's services.
/// </summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<KeyRingKeys>();
        var id = (string?)encryptedElement.Attribute("kek");
        var key = keys.All.FirstOrDefault(k => KeyRingKeys.Id(k) == id)
            ?? throw new CryptographicException(
                $"A key of the Data Protection key ring was encrypted with a key-encryption key ({id}) that is not configured " +
                $"({KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey or PreviousKeyEncryptionKeys).");
        var nonce = Convert.FromBase64String((string?)encryptedElement.Attribute("nonce") ?? "");
        var tag = Convert.FromBase64String((string?)encryptedElement.Attribute("tag") ?? "");
        var ciphertext = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, KeyRingXmlEncryptor.AssociatedData);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
