"""Speech backends: Piper (offline, the default), espeak-ng (offline), gTTS (online, opt-in)."""
