int cs_placeholder(void);
