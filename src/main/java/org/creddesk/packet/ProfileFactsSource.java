package org.creddesk.packet;

import org.creddesk.domain.ProviderFile;

/** The facts a packet's profile needs for one provider file, from the settings and code sets in force. */
@FunctionalInterface
public interface ProfileFactsSource {
    ProfileFacts factsFor(ProviderFile file);
}
