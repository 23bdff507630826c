using System.Buffers;

namespace EnvBot.Host.Protocol;

/// <summary>Reads a request body up to a limit, whether or not Content-Length was sent (chunked bodies too).</summary>
public static class RequestBody
{
    /// <returns>The bytes, or null when the body is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is long length && length >= 0 && length <= limit)
        {
            // The common case: read straight into an array of the announced size (one allocation per request).
            var exact = new byte[length];
            var filled = 0;
            while (filled < exact.Length)
            {
                var read = await request.Body.ReadAsync(exact.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return exact.AsSpan(0, filled).ToArray();
                }
                filled += read;
            }
            // The server ends the body at Content-Length, so nothing follows.
            return exact;
        }

        using var buffer = new MemoryStream(4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int got;
            while ((got = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + got > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, got);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
